/** Reads a workspace's workflow files (tools.yaml, policy.yaml, glossary.yaml, workflows/*.yaml) with line numbers. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, isNode, parseDocument, stringify } from 'yaml';
import { SwitchboardError } from '@switchboard/spec';
import { parseWorkflowWorkspace, type ParsedFile, type WorkflowWorkspace } from '@switchboard/core/workflow';

/** Parses one YAML (or JSON) file; the result maps field paths back to lines for error messages. */
export function parseYamlFile(path: string, baseDir: string): ParsedFile {
  return parseYamlText(readFileSync(path, 'utf8'), relative(baseDir, path) || path);
}

/** Parses YAML (or JSON) text that `file` names in error messages: a file's, or a release snapshot's copy of it. */
export function parseYamlText(text: string, file: string): ParsedFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, merge: true, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    // Without prettyErrors the error carries no line of its own; the counter turns its offset into one.
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    throw new SwitchboardError('CONFIG_INVALID', `${file}: ${error.message.split('\n')[0]}${line ? ` (line ${line})` : ''}`, {
      details: { file, line },
    });
  }
  return {
    file,
    value: document.toJS({ maxAliasCount: -1 }) as unknown,
    lineOf: (segments) => {
      for (let length = segments.length; length >= 0; length--) {
        const node = document.getIn(segments.slice(0, length), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

const yamlFile = /\.(ya?ml|json)$/i;

/** The workflow part of the workspace in `dir`; every file is optional, and an empty workspace has only built-in tools. */
export function readWorkflowWorkspace(dir: string): WorkflowWorkspace {
  const optional = (name: string): ParsedFile | undefined => {
    const path = join(dir, name);
    return existsSync(path) ? parseYamlFile(path, dir) : undefined;
  };
  const workflowsDir = join(dir, 'workflows');
  const workflows = existsSync(workflowsDir)
    ? readdirSync(workflowsDir)
        .filter((name) => yamlFile.test(name))
        .sort()
        .map((name) => parseYamlFile(join(workflowsDir, name), dir))
    : [];
  return parseWorkflowWorkspace({
    workflows,
    tools: optional('tools.yaml'),
    policy: optional('policy.yaml'),
    glossary: optional('glossary.yaml'),
  });
}

/** Writes a value as YAML (for drafted workflows), with a header comment. */
export function toYaml(value: unknown, header: string): string {
  return `${header
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n')}\n${stringify(value, { lineWidth: 120 })}`;
}

/**
 * The workflow part of a release: the same files as `readWorkflowWorkspace` reads, from the snapshot's copies (relative
 * path → text), so a release acts as it was released whatever the folder holds now.
 */
export function workflowWorkspaceFromFiles(files: Readonly<Record<string, string>>, label: string): WorkflowWorkspace {
  const parsed = (path: string): ParsedFile | undefined => {
    const text = files[path];
    return text === undefined ? undefined : parseYamlText(text, `${label}: ${path}`);
  };
  const workflows = Object.keys(files)
    .filter((path) => path.startsWith('workflows/') && !path.slice('workflows/'.length).includes('/') && yamlFile.test(path))
    .sort()
    .map((path) => parsed(path)!);
  return parseWorkflowWorkspace({
    workflows,
    tools: parsed('tools.yaml'),
    policy: parsed('policy.yaml'),
    glossary: parsed('glossary.yaml'),
  });
}
