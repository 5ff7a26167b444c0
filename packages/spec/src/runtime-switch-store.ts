/** Switches an operator flips while the servers run (the kill switch), shared by every replica through the store. */

/** A switch's state as last set: what it is, who set it, why and when. */
export interface RuntimeSwitch {
  /** True while the switch is on. */
  readonly on: boolean;
  /** Why it was set, as the operator wrote it; null when they gave no reason. */
  readonly reason: string | null;
  /** Who set it: an API key's name, or `cli:<user>` from the command line; null when unknown. */
  readonly by: string | null;
  /** ISO time it was set. */
  readonly at: string;
}

export interface RuntimeSwitchStore {
  /** The switch's state as last set, or null when it was never set (a switch never set is off). */
  get(name: string): Promise<RuntimeSwitch | null>;
  /** Replaces the switch's state; every reader, in any process over the same store, sees it on its next read. */
  set(name: string, state: RuntimeSwitch): Promise<void>;
}
