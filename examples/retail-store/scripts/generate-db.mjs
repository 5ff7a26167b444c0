// Generates db/retail-store.json: a small, fictional retail database in the τ²-bench format (seeded, so reproducible).
// Run from the repository root: node examples/retail-store/scripts/generate-db.mjs
import { writeFileSync } from 'node:fs';

let seed = 20240611;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const pick = (list) => list[Math.floor(random() * list.length)];
const digits = (n) => Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10))).join('');
const money = (value) => Math.round(value * 100) / 100;

const catalogue = [
  ['T-Shirt', { color: ['blue', 'red', 'black'], size: ['S', 'M', 'L'] }, 50],
  ['Water Bottle', { capacity: ['500ml', '1000ml'], material: ['glass', 'stainless steel'] }, 35],
  ['Desk Lamp', { color: ['white', 'black'], brightness: ['low', 'high'] }, 120],
  ['Running Shoes', { size: ['8', '9', '10'], color: ['grey', 'white'] }, 140],
  ['Backpack', { color: ['green', 'navy'], size: ['small', 'large'] }, 90],
];
const products = {};
for (const [name, options, base] of catalogue) {
  const product_id = digits(10);
  const variants = {};
  const keys = Object.keys(options);
  for (const a of options[keys[0]])
    for (const b of options[keys[1]]) {
      const item_id = digits(10);
      variants[item_id] = {
        item_id,
        options: { [keys[0]]: a, [keys[1]]: b },
        available: random() > 0.2,
        price: money(base * (0.85 + random() * 0.3)),
      };
    }
  products[product_id] = { name, product_id, variants };
}

const people = [
  ['Ada', 'Moreno', '10001'],
  ['Ben', 'Okafor', '60614'],
  ['Chloe', 'Nakamura', '94110'],
  ['Dev', 'Patel', '73301'],
  ['Elena', 'Rossi', '02139'],
  ['Farid', 'Haddad', '98101'],
];
const streets = ['Oak Street', 'Maple Avenue', 'Cedar Lane', 'Hill Road', 'Lake Drive'];
const cities = {
  10001: ['New York', 'NY'],
  60614: ['Chicago', 'IL'],
  94110: ['San Francisco', 'CA'],
  73301: ['Austin', 'TX'],
  '02139': ['Cambridge', 'MA'],
  98101: ['Seattle', 'WA'],
};
const users = {};
const orders = {};
const statuses = ['pending', 'pending', 'delivered', 'delivered', 'processed', 'cancelled'];
for (const [first, last, zip] of people) {
  const user_id = `${first}_${last}_${digits(4)}`.toLowerCase();
  const address = {
    address1: `${digits(3)} ${pick(streets)}`,
    address2: `Suite ${digits(3)}`,
    city: cities[zip][0],
    country: 'USA',
    state: cities[zip][1],
    zip,
  };
  const card = `credit_card_${digits(7)}`;
  const gift = `gift_card_${digits(7)}`;
  const payment_methods = {
    [card]: { source: 'credit_card', id: card, brand: pick(['visa', 'mastercard']), last_four: digits(4) },
    [gift]: { source: 'gift_card', id: gift, balance: money(random() * 200) },
  };
  const user = {
    user_id,
    name: { first_name: first, last_name: last },
    address,
    email: `${first}.${last}${digits(4)}@example.com`.toLowerCase(),
    payment_methods,
    orders: [],
  };
  for (let n = 0; n < 2; n++) {
    const order_id = `#W${digits(7)}`;
    const items = Array.from({ length: 1 + Math.floor(random() * 2) }, () => {
      const product = pick(Object.values(products));
      const variant = pick(Object.values(product.variants));
      return {
        name: product.name,
        product_id: product.product_id,
        item_id: variant.item_id,
        price: variant.price,
        options: variant.options,
      };
    });
    const status = pick(statuses);
    const total = money(items.reduce((sum, item) => sum + item.price, 0));
    const paid = pick([card, gift]);
    const payment_history = [{ transaction_type: 'payment', amount: total, payment_method_id: paid }];
    if (status === 'cancelled') payment_history.push({ transaction_type: 'refund', amount: total, payment_method_id: paid });
    const fulfillments =
      status === 'delivered' || status === 'processed' ? [{ tracking_id: [digits(12)], item_ids: items.map((item) => item.item_id) }] : [];
    orders[order_id] = {
      order_id,
      user_id,
      address,
      items,
      status,
      fulfillments,
      payment_history,
      ...(status === 'cancelled' ? { cancel_reason: 'no longer needed' } : {}),
    };
    user.orders.push(order_id);
  }
  users[user_id] = user;
}
writeFileSync(new URL('../db/retail-store.json', import.meta.url), `${JSON.stringify({ products, users, orders }, null, 2)}\n`);
console.log(
  `db/retail-store.json: ${Object.keys(products).length} products, ${Object.keys(users).length} users, ${Object.keys(orders).length} orders`,
);
