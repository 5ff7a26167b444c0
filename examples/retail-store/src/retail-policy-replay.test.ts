import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWorkflowWorkspace } from '@switchboard/ingest';
import { replaySteps, type ReplayStep } from '@switchboard/evaluation';
import { readRetailDatabase } from './read-retail-database.js';
import { createRetailStoreServer } from './retail-store-server.js';

// A slice of the τ²-bench retail database (MIT; __fixtures__/tau2-retail/SOURCE.md) with the customers named below.
const dbFile = fileURLToPath(new URL('./__fixtures__/tau2-retail/db.json', import.meta.url));
const workspaceDir = fileURLToPath(new URL('../', import.meta.url));
const workspace = readWorkflowWorkspace(workspaceDir);

async function run(steps: ReplayStep[]) {
  // Every tool of the example runs on its retail-store server, here over the fixture database.
  const executor = createRetailStoreServer(readRetailDatabase(dbFile));
  return (await replaySteps({ workspace, executor, steps, clock: () => 0, newId: () => 'id' })).steps;
}

// Yusuf Rossi (zip 19122): #W6247578 is pending (one T-shirt 3799046073), #W2378156 is delivered.
const login: ReplayStep = { tool: 'find_user_id_by_name_zip', arguments: { first_name: 'Yusuf', last_name: 'Rossi', zip: '19122' } };
const cancel = (orderId: string, reason = 'no longer needed'): ReplayStep => ({
  tool: 'cancel_pending_order',
  arguments: { order_id: orderId, reason },
});
const swapShirt = (from: string, to: string): ReplayStep => ({
  tool: 'modify_pending_order_items',
  arguments: { order_id: '#W6247578', item_ids: [from], new_item_ids: [to], payment_method_id: 'credit_card_9513926' },
});

describe('retail-store policy guards on replay', () => {
  it('runs a confirmed cancellation of the customer own pending order', async () => {
    const steps = await run([login, { confirm: true }, cancel('#W6247578')]);
    expect(steps.map((step) => step.status)).toEqual(['executed', 'executed']);
  });

  it('blocks a write the customer did not confirm', async () => {
    const [, step] = await run([login, cancel('#W6247578')]);
    expect(step).toMatchObject({ status: 'blocked', guard: 'confirmation' });
    expect(step!.reason).toMatch(/confirmed/);
  });

  it('blocks a write whose details differ from the ones confirmed', async () => {
    const steps = await run([
      login,
      { confirm: true },
      { tool: 'get_order_details', arguments: { order_id: '#W6247578' } },
      cancel('#W6247578'),
      cancel('#W4776164'),
    ]);
    expect(steps.map((step) => step.status)).toEqual(['executed', 'executed', 'executed', 'blocked']);
    expect(steps[3]!.guard).toBe('confirmation');
  });

  it("blocks acting on another customer's order", async () => {
    const [, step] = await run([login, { confirm: true }, cancel('#W2611340')]);
    expect(step).toMatchObject({ status: 'blocked', guard: 'ownership' });
    expect(step!.reason).toMatch(/does not belong/);
  });

  it('blocks reading another customer profile', async () => {
    const [, step] = await run([login, { tool: 'get_user_details', arguments: { user_id: 'james_li_5688' } }]);
    expect(step).toMatchObject({ status: 'blocked', guard: 'ownership' });
  });

  it('blocks cancelling a delivered order', async () => {
    const [, step] = await run([login, { confirm: true }, cancel('#W2378156')]);
    expect(step).toMatchObject({ status: 'blocked', guard: 'precondition' });
    expect(step!.reason).toMatch(/only a pending order can be cancelled.*delivered/);
  });

  it('blocks an invalid cancellation reason', async () => {
    const [, step] = await run([login, { confirm: true }, cancel('#W6247578', 'found it cheaper elsewhere')]);
    expect(step).toMatchObject({ status: 'blocked', guard: 'allowed_values' });
    expect(step!.reason).toMatch(/no longer needed/);
  });

  it('blocks any action before authentication, and allows it after', async () => {
    const steps = await run([
      { tool: 'get_order_details', arguments: { order_id: '#W6247578' } },
      login,
      { tool: 'get_order_details', arguments: { order_id: '#W6247578' } },
    ]);
    expect(steps[0]).toMatchObject({ status: 'blocked', guard: 'authentication' });
    expect(steps[2]!.status).toBe('executed');
  });

  it('blocks a second modification of the same order', async () => {
    const steps = await run([
      login,
      { confirm: true },
      swapShirt('3799046073', '9612497925'),
      { confirm: true },
      swapShirt('9612497925', '8124970213'),
    ]);
    expect(steps.map((step) => step.status)).toEqual(['executed', 'executed', 'blocked']);
    expect(steps[2]!.reason).toMatch(/already modified|only a pending order whose items were not already modified/);
  });

  it('blocks switching to a second customer in the same conversation', async () => {
    const steps = await run([
      login,
      { tool: 'find_user_id_by_email', arguments: { email: 'noah.brown7922@example.com' } },
      { tool: 'get_user_details', arguments: { user_id: 'noah_brown_6181' } },
    ]);
    expect(steps.map((step) => step.guard ?? step.status)).toEqual(['executed', 'one_customer', 'ownership']);
  });

  it('names the tool and field when arguments break the schema', async () => {
    const [, step] = await run([login, { tool: 'get_order_details', arguments: { order_id: 6247578 } }]);
    expect(step).toMatchObject({
      status: 'failed',
      reason: "tool 'get_order_details': arguments field 'order_id' expected string, got integer",
    });
  });
});
