import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultJudgeRubric } from '@switchboard/core/evaluation';
import { readJudgeRubric } from './read-judge-rubric.js';

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'sb-rubric-'));
  mkdirSync(join(workspace, 'evals'));
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

const write = (text: string) => writeFileSync(join(workspace, 'evals', 'rubric.yaml'), text);
const problemsOf = (): string => {
  try {
    readJudgeRubric(workspace);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the rubric to be refused');
};

describe('readJudgeRubric', () => {
  it('grades with the default rubric when the workspace has no evals/rubric.yaml', () => {
    expect(readJudgeRubric(workspace)).toEqual({ rubric: defaultJudgeRubric, file: null });
  });

  it("reads the team's criteria, a missing weight counting 1", () => {
    write(
      [
        'criteria:',
        '  - name: correctness',
        '    description: Matches the expected answer.',
        '    weight: 3',
        '  - name: empathy',
        '    description: Acknowledges the trouble before the answer.',
      ].join('\n'),
    );
    expect(readJudgeRubric(workspace)).toEqual({
      file: 'evals/rubric.yaml',
      rubric: {
        criteria: [
          { name: 'correctness', description: 'Matches the expected answer.', weight: 3 },
          { name: 'empathy', description: 'Acknowledges the trouble before the answer.', weight: 1 },
        ],
      },
    });
  });

  it('names the file, the field and the line of every problem at once', () => {
    write(
      [
        'criteria:',
        '  - name: Correctness!',
        '    description: ok',
        '  - name: tone',
        '    description: ok',
        '    weight: -1',
        '  - name: tone',
        '    description: again',
        '    scale: 10',
      ].join('\n'),
    );
    const message = problemsOf();
    expect(message).toContain('evals/rubric.yaml: criteria[0].name must be a short lower-case key');
    expect(message).toContain('criteria[1].weight must be a positive number such as 1 or 2 (line 6)');
    expect(message).toContain('criteria[2].scale is not a known field (known: name, description, weight) (line 9)');
  });

  it('refuses a criterion name used twice', () => {
    write(['criteria:', '  - {name: tone, description: a}', '  - {name: tone, description: b}'].join('\n'));
    expect(problemsOf()).toBe('evals/rubric.yaml: criteria[1].name repeats an earlier criterion name (line 3)');
  });

  it('refuses an empty list of criteria and a YAML syntax error as dataset problems', () => {
    write('criteria: []');
    expect(problemsOf()).toContain('criteria needs at least one criterion');
    write('criteria: [unclosed');
    expect(() => readJudgeRubric(workspace)).toThrow(expect.objectContaining({ code: 'DATASET_INVALID' }));
    expect(problemsOf()).toMatch(/^evals\/rubric\.yaml: .*\(line \d+\)$/);
  });
});
