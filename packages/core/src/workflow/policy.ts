/** The workspace's policy guards (policy.yaml): rules the engine checks before every tool call. */

/** A kind of record the guards can read, e.g. an order fetched by `get_order_details`. */
export interface RecordSource {
  /** Read tool that returns the record. */
  readonly tool: string;
  /** Argument of the read tool that takes the record id. */
  readonly argument: string;
  /** Field of the record holding the owning customer's id. */
  readonly ownerField?: string;
}

/** Any call with this argument must name a record of the authenticated customer. */
export interface OwnershipRule {
  readonly argument: string;
  /** The record kind the argument names; omitted when the argument is the customer id itself. */
  readonly record?: string;
}

/** The named record must be in an allowed state for these tools, e.g. only a pending order may be cancelled. */
export interface PreconditionRule {
  readonly tools: readonly string[];
  readonly record: string;
  readonly argument: string;
  readonly field: string;
  readonly in: readonly unknown[];
  /** What the bot can tell the customer, e.g. "only a pending order can be cancelled". */
  readonly message: string;
}

export interface AllowedValuesRule {
  readonly tools: readonly string[];
  readonly argument: string;
  readonly values: readonly unknown[];
  readonly message?: string;
}

/** These tools may run once per record (together): a second one on the same record is blocked. */
export interface OncePerRecordRule {
  readonly tools: readonly string[];
  readonly argument: string;
  readonly message?: string;
}

/** Calls above `max` (read from `argument`) wait for a human's approval. Collected from workflows' authority limits. */
export interface AuthorityLimit {
  readonly tool: string;
  readonly argument: string;
  readonly max: number;
}

export interface PolicyGuards {
  readonly authentication?: {
    /** Tools whose successful result (a customer id string) authenticates that customer. */
    readonly tools: readonly string[];
    /** Tools allowed before authentication (e.g. calculator, handoff). */
    readonly openTools: readonly string[];
  };
  readonly oneCustomerPerConversation?: boolean;
  readonly records?: Readonly<Record<string, RecordSource>>;
  readonly ownership?: readonly OwnershipRule[];
  readonly preconditions?: readonly PreconditionRule[];
  readonly allowedValues?: readonly AllowedValuesRule[];
  readonly oncePerRecord?: readonly OncePerRecordRule[];
  /** Writes need the customer's explicit confirmation of the exact tool and arguments. */
  readonly confirmWrites?: boolean;
  readonly authorityLimits?: readonly AuthorityLimit[];
  /** When on, every automated write becomes a handoff to a human. */
  readonly killSwitch?: boolean;
}
