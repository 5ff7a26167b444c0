import { describe, expect, it } from 'vitest';
import { defaultJudgeRubric, weightedJudgeScore, type JudgeRubric } from './judge-rubric.js';
import { parseJudgeVerdict } from './parse-judge-verdict.js';

const rubric: JudgeRubric = {
  criteria: [
    { name: 'correctness', description: 'right', weight: 3 },
    { name: 'tone', description: 'kind', weight: 1 },
  ],
};
const good = { correctness: { score: 5, reason: 'Cites the refund article.' }, tone: { score: 1, reason: 'Curt.' } };

describe('parseJudgeVerdict', () => {
  it('reads one grade per criterion, in rubric order', () => {
    const verdict = parseJudgeVerdict(JSON.stringify({ tone: good.tone, correctness: good.correctness }), rubric);
    expect(verdict).toEqual({
      ok: true,
      grades: [
        { name: 'correctness', score: 5, reason: 'Cites the refund article.' },
        { name: 'tone', score: 1, reason: 'Curt.' },
      ],
    });
  });

  it('accepts a code fence around the whole reply, as models add one unasked', () => {
    expect(parseJudgeVerdict('```json\n' + JSON.stringify(good) + '\n```', rubric).ok).toBe(true);
  });

  it.each([
    ['prose around the JSON', `Here is my verdict: ${JSON.stringify(good)}`, 'not one JSON object'],
    ['an empty reply', '   ', 'replied with nothing'],
    ['a JSON array', JSON.stringify([good]), 'not an object'],
    ['a missing criterion', JSON.stringify({ correctness: good.correctness }), 'tone is missing'],
    ['an unknown criterion', JSON.stringify({ ...good, helpfulness: { score: 5, reason: 'x' } }), 'unknown criteria helpfulness'],
    ['a score given as text', JSON.stringify({ ...good, tone: { score: '4', reason: 'ok' } }), 'tone.score must be a whole number'],
    ['a fractional score', JSON.stringify({ ...good, tone: { score: 4.5, reason: 'ok' } }), 'tone.score must be a whole number'],
    ['a score above 5', JSON.stringify({ ...good, correctness: { score: 6, reason: 'great' } }), 'correctness.score'],
    ['a score of 0', JSON.stringify({ ...good, correctness: { score: 0, reason: 'bad' } }), 'correctness.score'],
    ['an empty reason', JSON.stringify({ ...good, tone: { score: 3, reason: ' ' } }), 'tone.reason'],
    ['an extra field in a grade', JSON.stringify({ ...good, tone: { score: 3, reason: 'ok', passed: true } }), 'unknown fields passed'],
    ['a bare number for a criterion', JSON.stringify({ ...good, tone: 3 }), 'tone must be an object'],
  ])('fails on %s, never passing it', (_label, text, problem) => {
    const verdict = parseJudgeVerdict(text, rubric);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.problem).toContain(problem);
  });

  it('shortens a long reason to one line rather than failing on it', () => {
    const verdict = parseJudgeVerdict(JSON.stringify({ ...good, tone: { score: 3, reason: `line\n${'word '.repeat(200)}` } }), rubric);
    expect(verdict.ok && verdict.grades[1]!.reason.length).toBe(300);
    expect(verdict.ok && verdict.grades[1]!.reason.includes('\n')).toBe(false);
  });
});

describe('weightedJudgeScore', () => {
  it('maps the weighted mean of 1..5 grades onto 0..1', () => {
    const grades = [
      { name: 'correctness', score: 5, reason: '' },
      { name: 'tone', score: 1, reason: '' },
    ];
    expect(weightedJudgeScore(grades, rubric)).toBeCloseTo(0.75);
  });

  it('counts a criterion without a grade as the worst score', () => {
    expect(weightedJudgeScore([{ name: 'correctness', score: 5, reason: '' }], defaultJudgeRubric)).toBeCloseTo(0.4);
  });
});
