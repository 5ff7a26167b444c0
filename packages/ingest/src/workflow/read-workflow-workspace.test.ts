import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWorkflowWorkspace } from './read-workflow-workspace.js';

function workspaceWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sb-workflow-'));
  mkdirSync(join(dir, 'workflows'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('readWorkflowWorkspace', () => {
  it('loads the retail-store example: 16 tools, its guards and workflows', () => {
    const workspace = readWorkflowWorkspace(fileURLToPath(new URL('../../../../examples/retail-store/', import.meta.url)));
    expect(workspace.tools).toHaveLength(16);
    expect(workspace.guards.confirmWrites).toBe(true);
    expect(workspace.workflows.map((workflow) => workflow.name)).toEqual(['cancel-order', 'return-items', 'talk-to-a-human']);
  });

  it('names the file, field and line of a mistake', () => {
    const dir = workspaceWith({
      'tools.yaml':
        'tools:\n  - name: refund\n    description: Refund\n    server: builtin\n    writes: maybe\n    idempotent: false\n    arguments: {}\n    result: {}\n',
    });
    expect(() => readWorkflowWorkspace(dir)).toThrow("tools.yaml: 'tools[0].writes' expected boolean, got string (line 5)");
  });

  it('rejects a workflow that calls a tool nobody declared', () => {
    const dir = workspaceWith({ 'workflows/x.yaml': 'name: x\nsteps:\n  - call: charge_card\n' });
    expect(() => readWorkflowWorkspace(dir)).toThrow(/calls tool 'charge_card', which tools.yaml does not declare/);
  });
});
