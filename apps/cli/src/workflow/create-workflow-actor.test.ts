import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSqliteStores } from '@switchboard/store-sqlite';
import { createWorkflowActor, killSwitchFromEnvironment } from './create-workflow-actor.js';

// The retail example's workflows in a whole conversation: examples/retail-store/src/retail-conversation.test.ts.
const example = fileURLToPath(new URL('../../../../examples/retail-store', import.meta.url));
const noEvents = { events: { append: async () => undefined, list: async () => [] } };

describe('createWorkflowActor', () => {
  it("builds the actor of a workspace's workflows over the tools its tools.yaml declares", () => {
    const stores = createSqliteStores(':memory:');
    try {
      expect(createWorkflowActor({ dir: example }, stores, { env: {} })?.tools.map((tool) => tool.name)).toContain('cancel_pending_order');
    } finally {
      stores.close();
    }
  });

  it('reads the kill switch from SWITCHBOARD_KILL_SWITCH', () => {
    for (const value of ['1', 'true', 'YES', ' on ']) expect(killSwitchFromEnvironment({ SWITCHBOARD_KILL_SWITCH: value })).toBe(true);
    for (const value of [undefined, '', '0', 'off']) expect(killSwitchFromEnvironment({ SWITCHBOARD_KILL_SWITCH: value })).toBe(false);
  });

  it('is null for a workspace without workflows', () => {
    expect(createWorkflowActor({ dir: fileURLToPath(new URL('.', import.meta.url)) }, noEvents, { env: {} })).toBeNull();
  });

  it("runs a release's copies of the workflow files, not the folder's", () => {
    const files = {
      'tools.yaml': readFileSync(join(example, 'tools.yaml'), 'utf8'),
      'workflows/talk-to-a-human.yaml': readFileSync(join(example, 'workflows', 'talk-to-a-human.yaml'), 'utf8'),
    };
    const actor = createWorkflowActor({ dir: example, workflowFiles: files, workflowFilesLabel: 'release v1' }, noEvents, { env: {} });
    expect(actor?.tools.map((tool) => tool.name)).toContain('cancel_pending_order');
    // A release without workflows acts on nothing, whatever the folder declares.
    expect(createWorkflowActor({ dir: example, workflowFiles: {} }, noEvents, { env: {} })).toBeNull();
  });
});
