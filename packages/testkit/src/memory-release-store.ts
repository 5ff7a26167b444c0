/** A ReleaseStore in memory, for tests of code that creates, reads or serves releases. */
import { SwitchboardError, type Release, type ReleaseStore } from '@switchboard/spec';

const copy = (release: Release): Release => JSON.parse(JSON.stringify(release)) as Release;

export function memoryReleaseStore(): ReleaseStore {
  // In the order created.
  const stored: Release[] = [];
  let serving: string | null = null;
  return {
    async create(release) {
      if (stored.some((known) => known.name === release.name))
        throw new SwitchboardError(
          'VALIDATION_FAILED',
          `a release named '${release.name}' already exists; releases never change, pick another name`,
        );
      stored.push(copy(release));
    },
    async get(name) {
      const found = stored.find((known) => known.name === name);
      return found ? copy(found) : null;
    },
    async list() {
      return stored.map(copy);
    },
    async serving() {
      return serving;
    },
    async setServing(name, expectedCurrent) {
      if (!stored.some((known) => known.name === name))
        throw new SwitchboardError('NOT_FOUND', `no release named '${name}'; 'switchboard release list' shows them`);
      // Compare and set with no await in between: one turn of the event loop, so concurrent calls cannot interleave.
      if (serving !== expectedCurrent) return false;
      serving = name;
      return true;
    },
  };
}
