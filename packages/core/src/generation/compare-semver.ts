/** Semantic Versioning 2.0.0 precedence (semver.org §11), so a re-added adapter must carry a higher version. */

/** Negative when `a` precedes `b`, positive when it follows, 0 when equal (build metadata is ignored). */
export function compareSemver(a: string, b: string): number {
  const [coreA = '', preA] = splitVersion(a);
  const [coreB = '', preB] = splitVersion(b);
  const numbersA = coreA.split('.').map(Number);
  const numbersB = coreB.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const difference = (numbersA[i] ?? 0) - (numbersB[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  // A pre-release comes before its release: 1.0.0-rc.1 < 1.0.0.
  if (preA === undefined || preB === undefined) return preA === preB ? 0 : preA === undefined ? 1 : -1;
  const partsA = preA.split('.');
  const partsB = preB.split('.');
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i += 1) {
    const partA = partsA[i];
    const partB = partsB[i];
    if (partA === undefined || partB === undefined) return partA === undefined ? -1 : 1;
    const order = compareIdentifier(partA, partB);
    if (order !== 0) return order;
  }
  return 0;
}

function splitVersion(version: string): [string, string | undefined] {
  const withoutBuild = version.split('+')[0] ?? '';
  const dash = withoutBuild.indexOf('-');
  return dash < 0 ? [withoutBuild, undefined] : [withoutBuild.slice(0, dash), withoutBuild.slice(dash + 1)];
}

/** Numeric identifiers compare as numbers and before alphanumeric ones, which compare in ASCII order. */
function compareIdentifier(a: string, b: string): number {
  const numericA = /^\d+$/.test(a);
  const numericB = /^\d+$/.test(b);
  if (numericA && numericB) return Math.sign(Number(a) - Number(b));
  if (numericA !== numericB) return numericA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
