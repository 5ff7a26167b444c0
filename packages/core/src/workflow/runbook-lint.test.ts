import { describe, expect, it } from 'vitest';
import { lintRunbook } from './runbook-lint.js';
import { compileRunbook } from './runbook-compiler.js';
import { parseWorkflowWorkspace } from './workflow-workspace.js';

const workspace = parseWorkflowWorkspace({
  workflows: [],
  tools: {
    file: 'tools.yaml',
    value: {
      servers: { shop: { kind: 'test' } },
      tools: [
        {
          name: 'get_order_details',
          description: 'Look up an order and check its status',
          server: 'shop',
          writes: false,
          idempotent: true,
          arguments: { type: 'object', properties: { order_id: { type: 'string' } } },
          result: { type: 'object' },
        },
      ],
    },
  },
  glossary: { file: 'glossary.yaml', value: { contacts: [{ role: 'human agent', route: 'handoff_to_human' }] } },
});

const runbook = [
  '# Billing escalations',
  '',
  '1. Look up the order details.',
  '2. Check Stripe for the charge.',
  '3. If it is urgent, ping the AE.',
  '4. Hand it to the human agent.',
].join('\n');

describe('lintRunbook', () => {
  it('reports "check Stripe" and "ping the AE" with their lines, and nothing for steps the workspace covers', () => {
    const { findings } = lintRunbook(runbook, workspace);
    expect(findings.map(({ line, kind }) => [line, kind])).toEqual([
      [4, 'unbound_action'],
      [5, 'undefined_condition'],
      [5, 'unknown_role'],
    ]);
    expect(findings[0]).toMatchObject({ text: '2. Check Stripe for the charge.'.slice(3) });
    expect(findings[2]!.message).toMatch(/"AE"/);
  });

  it('reports knowledge a step relies on that the workspace does not hold', () => {
    const { findings } = lintRunbook('- Apply the usual goodwill credit of $25.', workspace);
    expect(findings.map((finding) => finding.kind)).toContain('implicit_knowledge');
  });
});

describe('compileRunbook', () => {
  it('drafts a call for a bound step and leaves each finding as a todo', () => {
    const { workflow, todos } = compileRunbook(runbook, workspace, 'billing');
    expect(workflow.steps[0]).toMatchObject({ call: 'get_order_details', arguments: { order_id: '{{slots.order_id}}' } });
    expect(workflow.steps.some((step) => String(step['todo']).includes('Stripe'))).toBe(true);
    expect(todos).toBeGreaterThanOrEqual(3);
  });
});
