/** The contract every RuntimeSwitchStore implementation passes. */
import { describe, expect, it } from 'vitest';
import type { RuntimeSwitch, RuntimeSwitchStore } from '@switchboard/spec';

export interface RuntimeSwitchStoreHarness {
  readonly switches: RuntimeSwitchStore;
  /** A second handle on the same data, as another replica would open it; absent for stores that live in one process. */
  readonly otherReplica?: RuntimeSwitchStore;
  close(): Promise<void> | void;
}

const on: RuntimeSwitch = { on: true, reason: 'bad answers about refunds', by: 'ana', at: '2026-03-01T10:00:00.000Z' };
const off: RuntimeSwitch = { on: false, reason: null, by: 'cli:ops', at: '2026-03-01T10:05:00.000Z' };

export function runtimeSwitchStoreContract(name: string, open: () => Promise<RuntimeSwitchStoreHarness>): void {
  describe(`RuntimeSwitchStore contract: ${name}`, () => {
    it('answers null for a switch never set', async () => {
      const { switches, close } = await open();
      try {
        expect(await switches.get('kill_switch')).toBeNull();
      } finally {
        await close();
      }
    });

    it('reads back the state last set, exactly as set, per switch name', async () => {
      const { switches, close } = await open();
      try {
        await switches.set('kill_switch', on);
        expect(await switches.get('kill_switch')).toEqual(on);
        await switches.set('kill_switch', off);
        expect(await switches.get('kill_switch')).toEqual(off);
        expect(await switches.get('another_switch')).toBeNull();
      } finally {
        await close();
      }
    });

    it('shows a change to every handle on the same store at once', async () => {
      const { switches, otherReplica, close } = await open();
      try {
        const reader = otherReplica ?? switches;
        await switches.set('kill_switch', on);
        expect(await reader.get('kill_switch')).toEqual(on);
        await switches.set('kill_switch', off);
        expect((await reader.get('kill_switch'))?.on).toBe(false);
      } finally {
        await close();
      }
    });
  });
}
