/**
 * Releases (issue 20): what a snapshot holds, its canonical JSON (hashed by the app), a key-path diff of two, and the
 * release and arm a unit is answered by.
 */
export { canonicalJson } from './canonical-json.js';
export {
  behaviourConfig,
  behaviourFilePattern,
  behaviourSections,
  releaseHashInput,
  releaseSnapshot,
  sameBehaviour,
  type SnapshotInput,
} from './release-snapshot.js';
export { diffSnapshots, type SnapshotChange } from './diff-snapshots.js';
export { baselineArm, servingReleaseAssignment, type ReleaseArm, type ReleaseAssignment } from './release-assignment.js';
