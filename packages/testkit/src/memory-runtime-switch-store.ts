/** A RuntimeSwitchStore in memory, for tests of code that reads or flips the kill switch. */
import type { RuntimeSwitch, RuntimeSwitchStore } from '@switchboard/spec';

export function memoryRuntimeSwitchStore(): RuntimeSwitchStore {
  const switches = new Map<string, RuntimeSwitch>();
  return {
    async get(name) {
      const state = switches.get(name);
      return state ? { ...state } : null;
    },
    async set(name, state) {
      switches.set(name, { ...state });
    },
  };
}
