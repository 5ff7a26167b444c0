import { describe, expect, it } from 'vitest';
import { evaluateCriteria, parseCriteria } from '@switchboard/core/evaluation';
import { latencyBins } from './eval-report-charts.js';
import { renderEvalReport } from './render-eval-report.js';
import { stageSummaries } from './stage-summaries.js';
import type { CaseResult, EvalRun, PlayedReply, SuiteAggregates } from './suite-types.js';

const planted = '<script>alert("x")</script>';

function reply(turn: number, overrides: Partial<PlayedReply> = {}): PlayedReply {
  return {
    turn,
    text: 'You can ask for a refund within 30 days [1].',
    citations: [{ path: 'kb/billing/refunds.md', url: null, chunkId: 'c1' }],
    confidence: 0.8,
    handoff: null,
    intent: { label: 'refund', confidence: 0.95 },
    language: 'en',
    faithfulness: 1,
    unloggedActionClaims: [],
    traceId: `trace-${turn}`,
    milliseconds: 120,
    costUsd: 0,
    ...overrides,
  };
}

function caseResult(id: string, passed: boolean, overrides: Partial<CaseResult> = {}): CaseResult {
  return {
    id,
    suite: 'evals/billing.yaml',
    passed,
    reasons: passed ? [] : [`cites kb/billing/refunds.md, got nothing`],
    played: { replies: [reply(1)], actions: [] },
    turns: ['Can I get a refund?'],
    expect: { intent: 'refund' },
    ...overrides,
  };
}

const aggregates: SuiteAggregates = {
  cases: 5,
  passed: 3,
  passRate: 0.6,
  answerRate: 0.75,
  faithfulness: 0.9625,
  citationAccuracy: 0.5,
  intentAccuracy: 0.75,
  intentEce: 0.1234,
  handoffPrecision: 1,
  handoffRecall: 0.5,
  handoffByReason: { fraud: { precision: 1, recall: 0.5 } },
  unloggedActionClaimRate: 0,
  p50Ms: 150,
  p95Ms: 1720,
  costUsd: 0,
  regressions: 1,
};

/** Five cases: three passed, one failed refund case with a planted script in every text field, one confused intent. */
const run: EvalRun = {
  runId: 'run_2',
  startedAt: '2025-01-02T10:00:00.000Z',
  finishedAt: '2025-01-02T10:00:05.000Z',
  configHash: '0123456789abcdef',
  knowledgeVersion: 7,
  gitCommit: null,
  suites: ['evals/billing.yaml'],
  cases: [
    caseResult('refund-window', true, { played: { replies: [reply(1, { milliseconds: 90 })], actions: [] } }),
    // Without an intent model: no prediction, so a '(none)' column and nothing in the reliability diagram.
    caseResult('refund-unclassified', true, { played: { replies: [reply(1, { milliseconds: 60, intent: null })], actions: [] } }),
    caseResult('refund-late', true, {
      played: { replies: [reply(1, { milliseconds: 150, intent: { label: 'refund', confidence: 0.55 } })], actions: [] },
    }),
    caseResult(`refund-${planted}`, false, {
      reasons: [`says ${planted}`],
      turns: ['Hi', `I want my money back ${planted}`],
      played: {
        replies: [
          reply(1, { text: 'Hello! How can I help?', intent: { label: 'greeting', confidence: 0.9 }, milliseconds: 200 }),
          reply(2, {
            text: `Sure ${planted} & done`,
            milliseconds: 1720,
            intent: { label: 'refund', confidence: 0.92 },
            stages: stageSummaries([{ name: 'retrieval', milliseconds: 12, detail: { top: 'kb/billing/refunds.md', note: planted } }]),
            unloggedActionClaims: ['I have refunded you.'],
          }),
        ],
        actions: [{ tool: 'refund_order', args: { orderId: 'A1' }, outcome: 'blocked' }],
      },
    }),
    caseResult('cancel-plan', false, {
      reasons: ['intent cancel, got refund'],
      turns: ['Cancel my plan'],
      expect: { intent: 'cancel' },
      played: { replies: [reply(1, { intent: { label: 'refund', confidence: 0.62 }, milliseconds: 140 })], actions: [] },
    }),
  ],
  aggregates,
  baseline: { runId: 'run_1', regressions: ['cancel-plan'] },
};

const criteria = evaluateCriteria(parseCriteria({ faithfulness: '>= 0.98', handoffPrecision: '>= 1', regressions: '== 0' }), {
  ...aggregates,
  regressions: run.baseline!.regressions.length,
});

const flat = (markup: string): string => markup.replace(/\s+/g, ' ');

/** The markup of one top-level `<section id=…>`: up to the next one (case sections nest inside "failures"). */
function section(report: string, id: string): string {
  const start = report.indexOf(`<section id="${id}">`);
  if (start < 0) throw new Error(`no section ${id}`);
  const next = report.indexOf('<section id="', start + 1);
  return report.slice(start, next < 0 ? report.indexOf('</body>') : next);
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

/** The text of each cell of each body row of the first table in `markup`: tags removed, entities decoded. */
function rows(markup: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(markup)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) =>
      cell[1]!
        .replace(/<[^>]+>/g, '')
        .replace(/&(lt|gt|quot|#39|amp);/g, (entity) => entities[entity]!)
        .trim(),
    ),
  );
}

describe('renderEvalReport', () => {
  // Whitespace collapsed: the markup's line breaks and indentation are the formatter's, not the report's content.
  const report = flat(renderEvalReport(run, criteria));

  it('is one self-contained document: no script, no external stylesheet, image or link, and a policy that forbids them', () => {
    expect(report.startsWith('<!doctype html>')).toBe(true);
    expect(report).not.toMatch(/<script/i);
    expect(report).not.toMatch(/<link|<img|<iframe|\ssrc=|url\(/i);
    expect(report).not.toMatch(/href="(?!#)/);
    expect(report).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(report).toContain('<style>');
  });

  it('escapes every text it shows: case ids, customer turns, replies, reasons and stage details', () => {
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;';
    expect(report).toContain(`<code>refund-${escaped}</code>`);
    expect(report).toContain(`I want my money back ${escaped}`);
    expect(report).toContain(`Sure ${escaped} &amp; done`);
    expect(report).toContain(`<li>says ${escaped}</li>`);
    expect(report).toContain('&quot;note&quot;:&quot;&lt;script&gt;');
  });

  it('sets the aggregates against the criteria, each with its value and verdict', () => {
    const table = rows(section(report, 'aggregates'));
    expect(table.find((row) => row[0] === 'faithfulness')).toEqual([
      'faithfulness',
      '0.9625',
      '>= 0.98',
      'FAIL faithfulness is 0.9625, not >= 0.98',
    ]);
    expect(table.find((row) => row[0] === 'handoffPrecision')).toEqual(['handoffPrecision', '1', '>= 1', 'PASS']);
    expect(table.find((row) => row[0] === 'regressions')).toEqual(['regressions', '1', '== 0', 'FAIL regressions is 1, not == 0']);
    expect(table.find((row) => row[0] === 'p95Ms')).toEqual(['p95Ms', '1720', '', '']);
    expect(report).toContain('Gate FAIL: faithfulness, regressions (2 of 3 criteria)');
  });

  it('shows aggregates without verdicts when no criteria are given', () => {
    const plain = flat(renderEvalReport(run));
    expect(plain).not.toContain('Gate ');
    expect(rows(section(plain, 'aggregates')).find((row) => row[0] === 'faithfulness')).toEqual(['faithfulness', '0.9625', '', '']);
  });

  it('bins the intent confidences of the last turns in ten bins with their counts, mean confidence and accuracy', () => {
    const reliability = section(report, 'reliability');
    const bins = rows(reliability);
    expect(bins).toHaveLength(10);
    // Last turns: 0.95 right, 0.55 right, 0.92 right (the failed case's second turn), 0.62 wrong (cancel → refund).
    expect(bins[5]).toEqual(['0.5–0.6', '1', '0.55', '1']);
    expect(bins[6]).toEqual(['0.6–0.7', '1', '0.62', '0']);
    expect(bins[9]).toEqual(['0.9–1', '2', '0.935', '1']);
    expect(bins[0]).toEqual(['0–0.1', '0', '–', '–']);
    expect(reliability).toContain('<svg');
    expect(reliability.match(/n=\d+/g)).toEqual(['n=1', 'n=1', 'n=2']);
    expect(reliability).toContain('ECE 0.1234');
    expect(reliability).toContain('4 cases with an expected intent and a predicted one');
  });

  it('draws the latency histogram of every reply with the counts per bin', () => {
    const latency = section(report, 'latency');
    // Replies: 90, 60, 150, 200, 1720, 140 ms; bins of 200 ms up to 1800.
    expect(rows(latency)).toEqual([
      ['0–200', '4'],
      ['200–400', '1'],
      ['400–600', '0'],
      ['600–800', '0'],
      ['800–1000', '0'],
      ['1000–1200', '0'],
      ['1200–1400', '0'],
      ['1400–1600', '0'],
      ['1600–1800', '1'],
    ]);
    expect(latency).toContain('p95 1720 ms');
  });

  it('counts expected × predicted intents', () => {
    const confusion = section(report, 'confusion');
    expect(rows(confusion)).toEqual([
      ['cancel', '0', '0', '1', '0/1'],
      ['refund', '1', '0', '3', '3/4'],
    ]);
    expect(confusion).toMatch(/<th>\(none\)<\/th><th>cancel<\/th><th>refund<\/th>/);
  });

  it('shows every failed case with its reasons, transcript, trace ids, stages and actions, and links the regressions', () => {
    const failures = section(report, 'failures');
    expect(failures.match(/<section class="case"/g)).toHaveLength(2);
    const failed = failures.slice(failures.indexOf('refund-&lt;script'));
    expect(failed.indexOf('Hi')).toBeLessThan(failed.indexOf('Hello! How can I help?'));
    expect(failed.indexOf('Hello! How can I help?')).toBeLessThan(failed.indexOf('I want my money back'));
    expect(failed).toContain('trace <code>trace-1</code>');
    expect(failed).toContain('trace <code>trace-2</code>');
    expect(failed).toContain('<td>retrieval</td><td>12</td>');
    expect(failed).toContain('I have refunded you.');
    expect(failed).toContain('<code>refund_order</code> {&quot;orderId&quot;:&quot;A1&quot;} → blocked');
    expect(failures).not.toContain('refund-window');
    expect(section(report, 'regressions')).toContain('<a href="#case-evals-billing-yaml-cancel-plan"><code>cancel-plan</code></a>');
    expect(failures).toContain('id="case-evals-billing-yaml-cancel-plan"');
    expect(rows(section(report, 'aggregates')).find((row) => row[0] === 'cases')?.[1]).toBe('5');
  });
});

describe('latencyBins', () => {
  it('uses round bin widths and puts the slowest reply in the last bin', () => {
    expect(latencyBins([0, 999, 1000])).toEqual(
      Array.from({ length: 10 }, (_, i) => ({ lower: i * 100, upper: (i + 1) * 100, count: i === 0 ? 1 : i === 9 ? 2 : 0 })),
    );
    expect(latencyBins([3, 7]).map((bin) => bin.upper)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(latencyBins([0, 0])).toEqual([{ lower: 0, upper: 1, count: 2 }]);
    expect(latencyBins([])).toEqual([]);
  });
});
