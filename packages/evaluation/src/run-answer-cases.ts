/**
 * `eval answers <file.yaml>`: runs each case's turns through the pipeline `switchboard ask` uses on the workspace
 * (earlier turns, with the bot's replies to them, are the conversation history) and scores the last answer with the
 * answer rubric.
 */
import {
  answerRubric,
  partOfGroup,
  summarizeAnswerRubric,
  type EvaluationPart,
  type AnswerRubricScore,
  type AnswerRubricSummary,
  type RubricChecks,
} from '@switchboard/core/evaluation';
import { type AnswerPipeline } from '@switchboard/core/pipeline';
import { type ConversationTurn } from '@switchboard/core/rewrite';
import { SwitchboardError, type KnowledgeDocument } from '@switchboard/spec';
import type { AnswerCaseEntry, AnswerCaseFile } from './answer-cases.js';
import { caseName } from './yaml-case-list.js';

/** What the cases run on: the workspace's documents and the pipeline of `switchboard ask`, which the app wires. */
export interface AnswerCaseWorkspace {
  readonly dir: string;
  readonly documents: readonly KnowledgeDocument[];
  /** Who answers: the configured LLM model, else 'extractive'. */
  readonly answerer: string;
  /** Called once the cases' expected paths are known to name documents of the workspace. */
  createPipeline(): Promise<AnswerPipeline>;
}

export interface AnswerCasesOptions {
  /** The cases, from readAnswerCases. */
  readonly caseFile: AnswerCaseFile;
  readonly workspace: AnswerCaseWorkspace;
  /** Score only the tune or the check part (cases grouped by the documents they expect), or all. */
  readonly part?: EvaluationPart | 'all';
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

export interface AnswerCaseResult {
  readonly id: string;
  readonly rouge_l: number;
  readonly checks: RubricChecks;
  readonly failed: readonly string[];
  readonly missing_steps: readonly string[];
  /** The answer to the last turn and the documents it cites. */
  readonly answer: string;
  readonly cited: readonly string[];
}

export interface AnswerCasesReport {
  /** The workspace folder the cases ran on. */
  readonly workspace: string;
  /** Who answered: the configured LLM model, else 'extractive'. */
  readonly answerer: string;
  readonly part: EvaluationPart | 'all';
  readonly cases: readonly AnswerCaseResult[];
  readonly summary: AnswerRubricSummary;
}

export async function runAnswerCases(options: AnswerCasesOptions): Promise<AnswerCasesReport> {
  const { caseFile, workspace } = options;
  checkCitedPathsExist(caseFile, workspace.documents, workspace.dir);
  const documentById = new Map(workspace.documents.map((document) => [document.id, document]));
  const pipeline = await workspace.createPipeline();
  const scores: AnswerRubricScore[] = [];
  const cases: AnswerCaseResult[] = [];
  const part = options.part ?? 'all';
  const chosen = caseFile.cases.filter((testCase) => part === 'all' || answerCasePart(testCase) === part);
  for (const [index, testCase] of chosen.entries()) {
    options.onProgress?.(index, chosen.length, testCase.id);
    const { score, answer, cited } = await runCase(pipeline, testCase, documentById);
    scores.push(score);
    cases.push({
      id: score.id,
      rouge_l: score.rougeL,
      checks: score.checks,
      failed: score.failed,
      missing_steps: score.missingSteps,
      answer,
      cited,
    });
  }
  options.onProgress?.(chosen.length, chosen.length, '');
  return { workspace: workspace.dir, answerer: workspace.answerer, part, cases, summary: summarizeAnswerRubric(scores) };
}

async function runCase(
  pipeline: AnswerPipeline,
  testCase: AnswerCaseEntry,
  documentById: ReadonlyMap<string, KnowledgeDocument>,
): Promise<{ score: AnswerRubricScore; answer: string; cited: string[] }> {
  const history: ConversationTurn[] = [];
  for (const turn of testCase.turns.slice(0, -1)) {
    const { answer } = await pipeline.run(turn, { history });
    history.push({ speaker: 'customer', text: turn }, { speaker: 'bot', text: answer.text });
  }
  const { answer, facts } = await pipeline.run(testCase.turns.at(-1)!, { history });
  // As the message handler counts outcomes: any handoff (offered or transferred) or a refusal is not an answer.
  const declined = answer.handoff !== null || facts.route === 'refuse';
  const citations = answer.citations.map((citation) => {
    const document = documentById.get(citation.documentId);
    return {
      path: citation.path,
      title: citation.title,
      tags: document?.tags ?? [],
      docType: document?.docType ?? null,
      supersededBy: document?.supersededBy ?? null,
    };
  });
  return {
    score: answerRubric(testCase, { text: answer.text, citations, declined }),
    answer: answer.text,
    cited: [...new Set(citations.map((citation) => citation.path))],
  };
}

/** A path that names no ingested document would fail its case for a typo, not for the answer; say so up front. */
function checkCitedPathsExist(caseFile: AnswerCaseFile, documents: readonly KnowledgeDocument[], workspaceDir: string): void {
  const known = new Set(documents.map((document) => document.path));
  const problems: string[] = [];
  caseFile.cases.forEach((testCase, index) => {
    for (const field of ['cites', 'alsoOk'] as const) {
      (testCase.expect[field] ?? []).forEach((path, position) => {
        if (known.has(path.replace(/^(?:\.\/)+/, ''))) return;
        const line = caseFile.lineOf(index, ['expect', field, position]);
        problems.push(
          `${caseFile.file}: ${caseName(index, testCase)}: expect.${field}[${position}] '${path}' is not a document of the workspace ${workspaceDir}${line ? ` (line ${line})` : ''}`,
        );
      });
    }
  });
  if (problems.length === 0) return;
  const example = documents[0]?.path;
  throw new SwitchboardError(
    'DATASET_INVALID',
    `${problems.join('\n')}\n${example ? `Paths are relative to the workspace, e.g. ${example}.` : 'The workspace has no documents: run switchboard ingest first.'}`,
  );
}

/** Cases about the same documents share a part, so a rule read off one never meets its near-copy in the other. */
export function answerCasePart(testCase: AnswerCaseEntry): EvaluationPart {
  return partOfGroup([...testCase.expect.cites].sort().join(' '));
}
