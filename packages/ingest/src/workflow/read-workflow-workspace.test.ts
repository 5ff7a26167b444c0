import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { readWorkflowWorkspace, workflowWorkspaceFromFiles } from './read-workflow-workspace.js';

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

describe('workflowWorkspaceFromFiles', () => {
  it("reads a release's copies of the files as the folder reads them", () => {
    const dir = fileURLToPath(new URL('../../../../examples/retail-store/', import.meta.url));
    const files: Record<string, string> = {};
    for (const name of ['tools.yaml', 'policy.yaml', 'glossary.yaml']) files[name] = readFileSync(join(dir, name), 'utf8');
    for (const name of readdirSync(join(dir, 'workflows'))) files[`workflows/${name}`] = readFileSync(join(dir, 'workflows', name), 'utf8');
    expect(workflowWorkspaceFromFiles(files, 'release v1')).toEqual(readWorkflowWorkspace(dir));
    // Only what the snapshot holds: without the cancel workflow, the release has none.
    delete files['workflows/cancel-order.yaml'];
    expect(workflowWorkspaceFromFiles(files, 'release v1').workflows.map((workflow) => workflow.name)).toEqual([
      'return-items',
      'talk-to-a-human',
    ]);
  });

  it('names the release and the file of a mistake', () => {
    expect(() => workflowWorkspaceFromFiles({ 'workflows/x.yaml': 'name: x\nsteps:\n  - call: charge_card\n' }, 'release v2')).toThrow(
      /release v2: workflows\/x.yaml.*charge_card/,
    );
  });
});
