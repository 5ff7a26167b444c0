/** The τ²-bench retail database format (products, users, orders) and the lookups its tools share. */
import { SwitchboardError } from '@switchboard/spec';

export interface Address {
  address1: string;
  address2: string;
  city: string;
  state: string;
  country: string;
  zip: string;
}

export interface Variant {
  item_id: string;
  options: Record<string, string>;
  available: boolean;
  price: number;
}

export interface Product {
  name: string;
  product_id: string;
  variants: Record<string, Variant>;
}

export interface PaymentMethod {
  source: 'credit_card' | 'paypal' | 'gift_card';
  id: string;
  balance?: number;
  brand?: string;
  last_four?: string;
}

export interface User {
  user_id: string;
  name: { first_name: string; last_name: string };
  address: Address;
  email: string;
  payment_methods: Record<string, PaymentMethod>;
  orders: string[];
}

export interface OrderItem {
  name: string;
  product_id: string;
  item_id: string;
  price: number;
  options: Record<string, string>;
}

export interface Payment {
  transaction_type: 'payment' | 'refund';
  amount: number;
  payment_method_id: string;
}

export interface Order {
  order_id: string;
  user_id: string;
  address: Address;
  items: OrderItem[];
  status: string;
  fulfillments: { tracking_id: string[]; item_ids: string[] }[];
  payment_history: Payment[];
  [extra: string]: unknown;
}

export interface RetailDatabase {
  products: Record<string, Product>;
  users: Record<string, User>;
  orders: Record<string, Order>;
}

/** A domain rule the tool enforces; not retryable, and phrased so the bot can repeat it. */
export function refuse(message: string): SwitchboardError {
  return new SwitchboardError('VALIDATION_FAILED', message);
}

export const money = (value: number): number => Math.round(value * 100) / 100;

/** Case- and accent-insensitive, as τ²-bench matches spoken names and emails. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

export function orderOf(db: RetailDatabase, orderId: string): Order {
  const order = db.orders[orderId];
  if (!order) throw refuse(`order ${orderId} not found`);
  return order;
}

export function userOf(db: RetailDatabase, userId: string): User {
  const user = db.users[userId];
  if (!user) throw refuse(`user ${userId} not found`);
  return user;
}

export function variantOf(db: RetailDatabase, productId: string, itemId: string): Variant {
  const product = db.products[productId];
  if (!product) throw refuse(`product ${productId} not found`);
  const variant = product.variants[itemId];
  if (!variant) throw refuse(`item ${itemId} is not a variant of ${product.name}`);
  return variant;
}

export function paymentMethodOf(db: RetailDatabase, userId: string, paymentMethodId: string): PaymentMethod {
  const method = userOf(db, userId).payment_methods[paymentMethodId];
  if (!method) throw refuse(`payment method ${paymentMethodId} not found for this customer`);
  return method;
}

/** Throws unless every id in `itemIds` (with repeats) is in the order. */
export function checkItemsInOrder(order: Order, itemIds: readonly string[]): void {
  const have = order.items.map((item) => item.item_id);
  for (const id of itemIds)
    if (itemIds.filter((x) => x === id).length > have.filter((x) => x === id).length)
      throw refuse(`item ${id} is not in order ${order.order_id}`);
}

/** The price difference of swapping items for new variants of the same products (new minus old). */
export function swapPriceDifference(db: RetailDatabase, order: Order, itemIds: readonly string[], newItemIds: readonly string[]): number {
  if (itemIds.length !== newItemIds.length) throw refuse('the number of items and new items must match');
  let difference = 0;
  itemIds.forEach((itemId, i) => {
    const item = order.items.find((candidate) => candidate.item_id === itemId)!;
    const variant = variantOf(db, item.product_id, newItemIds[i]!);
    if (!variant.available) throw refuse(`new item ${newItemIds[i]} is not available`);
    difference += variant.price - item.price;
  });
  return money(difference);
}
