/** An in-process tool server over a τ²-bench retail database, with the semantics its policy.md describes. */
import type { ToolExecutor } from '@switchboard/core/workflow';
import {
  checkItemsInOrder,
  fold,
  money,
  orderOf,
  paymentMethodOf,
  refuse,
  swapPriceDifference,
  userOf,
  variantOf,
  type Address,
  type RetailDatabase,
} from './retail-database.js';

type Args = Record<string, unknown>;
type Handler = (db: RetailDatabase, args: Args) => unknown;

const text = (args: Args, key: string): string => String(args[key] ?? '');
const list = (args: Args, key: string): string[] => (args[key] as string[] | undefined) ?? [];
const addressOf = (args: Args): Address => ({
  address1: text(args, 'address1'),
  address2: text(args, 'address2'),
  city: text(args, 'city'),
  state: text(args, 'state'),
  country: text(args, 'country'),
  zip: text(args, 'zip'),
});

function pendingOrder(db: RetailDatabase, args: Args, strict: boolean) {
  const order = orderOf(db, text(args, 'order_id'));
  if (strict ? order.status !== 'pending' : !order.status.includes('pending'))
    throw refuse(`order ${order.order_id} is ${order.status}, not pending`);
  return order;
}

function deliveredOrder(db: RetailDatabase, args: Args) {
  const order = orderOf(db, text(args, 'order_id'));
  if (order.status !== 'delivered') throw refuse(`order ${order.order_id} is ${order.status}, not delivered`);
  return order;
}

/** Only digits, + - * / ( ) . and spaces, so evaluating it cannot reach anything but arithmetic. */
function calculate(expression: string): string {
  if (!/^[\d+\-*/(). ]+$/.test(expression)) throw refuse('the expression may only hold numbers, + - * / and parentheses');
  const value = Number(new Function(`return (${expression});`)());
  if (!Number.isFinite(value)) throw refuse('the expression does not evaluate to a finite number');
  return String(money(value));
}

const handlers: Record<string, Handler> = {
  calculate: (_db, args) => calculate(text(args, 'expression')),
  find_user_id_by_email: (db, args) => {
    const user = Object.values(db.users).find((candidate) => fold(candidate.email) === fold(text(args, 'email')));
    if (!user) throw refuse('no customer has that email address');
    return user.user_id;
  },
  find_user_id_by_name_zip: (db, args) => {
    const user = Object.values(db.users).find(
      (u) =>
        fold(u.name.first_name) === fold(text(args, 'first_name')) &&
        fold(u.name.last_name) === fold(text(args, 'last_name')) &&
        u.address.zip === text(args, 'zip'),
    );
    if (!user) throw refuse('no customer has that name and zip code');
    return user.user_id;
  },
  get_user_details: (db, args) => userOf(db, text(args, 'user_id')),
  get_order_details: (db, args) => orderOf(db, text(args, 'order_id')),
  get_product_details: (db, args) => {
    const product = db.products[text(args, 'product_id')];
    if (!product) throw refuse(`product ${text(args, 'product_id')} not found`);
    return product;
  },
  get_item_details: (db, args) => {
    const variant = Object.values(db.products).find((product) => product.variants[text(args, 'item_id')])?.variants[text(args, 'item_id')];
    if (!variant) throw refuse(`item ${text(args, 'item_id')} not found`);
    return variant;
  },
  list_all_product_types: (db) =>
    Object.fromEntries(
      Object.values(db.products)
        .map((product) => [product.name, product.product_id] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  transfer_to_human_agents: () => 'Transfer successful',
  cancel_pending_order: (db, args) => {
    const order = pendingOrder(db, args, true);
    const reason = text(args, 'reason');
    if (reason !== 'no longer needed' && reason !== 'ordered by mistake')
      throw refuse("the reason must be 'no longer needed' or 'ordered by mistake'");
    const refunds = order.payment_history.map((payment) => ({
      transaction_type: 'refund' as const,
      amount: payment.amount,
      payment_method_id: payment.payment_method_id,
    }));
    for (const refund of refunds) {
      const method = paymentMethodOf(db, order.user_id, refund.payment_method_id);
      if (method.source === 'gift_card') method.balance = money((method.balance ?? 0) + refund.amount);
    }
    order.status = 'cancelled';
    order['cancel_reason'] = reason;
    order.payment_history.push(...refunds);
    return order;
  },
  modify_pending_order_address: (db, args) => {
    const order = pendingOrder(db, args, false);
    order.address = addressOf(args);
    return order;
  },
  modify_user_address: (db, args) => {
    const user = userOf(db, text(args, 'user_id'));
    user.address = addressOf(args);
    return user;
  },
  modify_pending_order_payment: (db, args) => {
    const order = pendingOrder(db, args, false);
    const method = paymentMethodOf(db, order.user_id, text(args, 'payment_method_id'));
    const [first] = order.payment_history;
    if (order.payment_history.length !== 1 || first?.transaction_type !== 'payment')
      throw refuse('the order must have exactly one payment to change its method');
    if (first.payment_method_id === method.id) throw refuse('the new payment method must differ from the current one');
    if (method.source === 'gift_card' && (method.balance ?? 0) < first.amount)
      throw refuse('the gift card balance does not cover the order total');
    order.payment_history.push(
      { transaction_type: 'payment', amount: first.amount, payment_method_id: method.id },
      { transaction_type: 'refund', amount: first.amount, payment_method_id: first.payment_method_id },
    );
    if (method.source === 'gift_card') method.balance = money((method.balance ?? 0) - first.amount);
    const old = paymentMethodOf(db, order.user_id, first.payment_method_id);
    if (old.source === 'gift_card') old.balance = money((old.balance ?? 0) + first.amount);
    return order;
  },
  modify_pending_order_items: (db, args) => {
    const order = pendingOrder(db, args, true);
    const [itemIds, newItemIds] = [list(args, 'item_ids'), list(args, 'new_item_ids')];
    checkItemsInOrder(order, itemIds);
    if (itemIds.some((id, i) => id === newItemIds[i])) throw refuse('each new item must differ from the item it replaces');
    const difference = swapPriceDifference(db, order, itemIds, newItemIds);
    const method = paymentMethodOf(db, order.user_id, text(args, 'payment_method_id'));
    if (method.source === 'gift_card' && (method.balance ?? 0) < difference)
      throw refuse('the gift card balance does not cover the price difference');
    order.payment_history.push({
      transaction_type: difference > 0 ? 'payment' : 'refund',
      amount: Math.abs(difference),
      payment_method_id: method.id,
    });
    if (method.source === 'gift_card') method.balance = money((method.balance ?? 0) - difference);
    const replaced = new Set<number>();
    itemIds.forEach((itemId, i) => {
      const index = order.items.findIndex((item, at) => item.item_id === itemId && !replaced.has(at));
      const item = order.items[index]!;
      const variant = variantOf(db, item.product_id, newItemIds[i]!);
      replaced.add(index);
      Object.assign(item, { item_id: variant.item_id, price: variant.price, options: variant.options });
    });
    order.status = 'pending (item modified)';
    return order;
  },
  return_delivered_order_items: (db, args) => {
    const order = deliveredOrder(db, args);
    const method = paymentMethodOf(db, order.user_id, text(args, 'payment_method_id'));
    if (method.source !== 'gift_card' && method.id !== order.payment_history[0]?.payment_method_id)
      throw refuse('the refund must go to the original payment method or an existing gift card');
    checkItemsInOrder(order, list(args, 'item_ids'));
    order.status = 'return requested';
    Object.assign(order, { return_items: [...list(args, 'item_ids')].sort(), return_payment_method_id: method.id });
    return order;
  },
  exchange_delivered_order_items: (db, args) => {
    const order = deliveredOrder(db, args);
    const [itemIds, newItemIds] = [list(args, 'item_ids'), list(args, 'new_item_ids')];
    checkItemsInOrder(order, itemIds);
    const difference = swapPriceDifference(db, order, itemIds, newItemIds);
    const method = paymentMethodOf(db, order.user_id, text(args, 'payment_method_id'));
    if (method.source === 'gift_card' && (method.balance ?? 0) < difference)
      throw refuse('the gift card balance does not cover the price difference');
    order.status = 'exchange requested';
    Object.assign(order, {
      exchange_items: [...itemIds].sort(),
      exchange_new_items: [...newItemIds].sort(),
      exchange_payment_method_id: method.id,
      exchange_price_difference: difference,
    });
    return order;
  },
};

export const retailToolNames: readonly string[] = Object.keys(handlers);

/** The server: mutates `db` in place (give it a copy); a write seen again with the same idempotency key is not re-applied. */
export function createRetailStoreServer(db: RetailDatabase): ToolExecutor {
  const done = new Map<string, unknown>();
  return {
    async execute(definition, call, context) {
      const handler = handlers[call.tool];
      if (!handler) throw refuse(`the retail store has no tool '${call.tool}'`);
      if (context.idempotencyKey !== undefined && done.has(context.idempotencyKey)) return done.get(context.idempotencyKey);
      // A copy, so the logged result is a snapshot and not a live view of the database.
      const result = structuredClone(handler(db, { ...call.arguments }));
      if (context.idempotencyKey !== undefined && definition.writes) done.set(context.idempotencyKey, result);
      return result;
    },
  };
}
