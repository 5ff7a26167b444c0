/** Puts the LLM judge together for a suite run: the judge model, the workspace rubric and the persona tone of each case. */
import type { ChatModel } from '@switchboard/spec';
import type { SuiteJudge } from '../suite/suite-judge.js';
import { judgeCase } from './judge-case.js';
import { personaTone, type ToneSettings } from './persona-tone.js';
import type { WorkspaceRubric } from './read-judge-rubric.js';

export function createSuiteJudge(model: ChatModel, rubric: WorkspaceRubric, tone: ToneSettings): SuiteJudge {
  return {
    model: model.id,
    rubric: rubric.file,
    judge: (testCase, played) => {
      const style = personaTone(testCase.customer, tone);
      return judgeCase(model, rubric.rubric, testCase, played, style ? { tone: style } : {});
    },
  };
}
