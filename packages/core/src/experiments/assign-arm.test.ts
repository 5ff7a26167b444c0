import { describe, expect, it } from 'vitest';
import { fnvDigest } from '../text/fnv-digest.js';
import { assignArm, hashPosition, type Assignment } from './assign-arm.js';
import { chiSquareSurvival } from './chi-square-distribution.js';
import { murmur3 } from './murmur3.js';
import { sampleRatioMismatch } from './sample-ratio-mismatch.js';

const armOf = (assignment: Assignment | undefined): string | undefined =>
  assignment === undefined || assignment.heldOut ? undefined : assignment.arm;

const ids = Array.from({ length: 100_000 }, (_, i) => `customer-${i}`);

/** p-value of χ² uniformity of positions in [0, 1) over equal buckets. */
function uniformityPValue(positions: readonly number[], buckets: number): number {
  const counts = new Array<number>(buckets).fill(0);
  for (const position of positions) counts[Math.floor(position * buckets)]! += 1;
  const expected = positions.length / buckets;
  const statistic = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
  return chiSquareSurvival(statistic, buckets - 1);
}

describe('murmur3', () => {
  // Reference values: Python mmh3 5.3.0, mmh3.hash(text.encode('utf-8'), seed, signed=False), which wraps
  // SMHasher's MurmurHash3_x86_32; the first seven are the widely quoted test vectors.
  it.each([
    ['', 0, 0],
    ['', 1, 0x514e28b7],
    ['', 0xffffffff, 0x81f16f39],
    ['\u0000\u0000\u0000\u0000', 0, 0x2362f9de],
    ['aaaa', 0x9747b28c, 0x5a97808a],
    ['Hello, world!', 0x9747b28c, 0x24884cba],
    ['The quick brown fox jumps over the lazy dog', 0x9747b28c, 0x2fa826cd],
    ['abc', 0, 0xb3dd93fa],
    ['abcde', 0, 0xe89b9af6],
    ['héllo wörld', 0, 0x97f7f274],
    ['customer-42', 0, 0x0d208335],
  ])('hashes %j with seed %d as the reference does', (text, seed, expected) => {
    expect(murmur3(text, seed)).toBe(expected);
  });
});

describe('hashPosition', () => {
  it('spreads 100,000 similar ids evenly over [0, 1), where core’s FNV digest does not', () => {
    expect(
      uniformityPValue(
        ids.map((id) => hashPosition(id, 'rollout-1')),
        1000,
      ),
    ).toBeGreaterThan(0.001);
    expect(
      uniformityPValue(
        ids.map((id) => hashPosition(id, 'rollout-1')),
        100,
      ),
    ).toBeGreaterThan(0.001);
    // The first FNV-1a of fnvDigest read as a position, over the same salted ids: far from uniform.
    const fnvPositions = ids.map((id) => Number.parseInt(fnvDigest(`rollout-1\u0000${id}`).slice(0, 8), 16) / 2 ** 32);
    expect(uniformityPValue(fnvPositions, 1000)).toBeLessThan(1e-6);
  });

  it('draws independent positions under different salts', () => {
    // 2×2 table of the two salts' 50/50 splits: independence χ² on one degree of freedom.
    const table = [0, 0, 0, 0];
    for (const id of ids) table[(hashPosition(id, 'a') < 0.5 ? 2 : 0) + (hashPosition(id, 'b') < 0.5 ? 1 : 0)]! += 1;
    const expected = ids.length / 4;
    const statistic = table.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    expect(chiSquareSurvival(statistic, 1)).toBeGreaterThan(0.001);
  });
});

describe('assignArm', () => {
  const arms = [
    { name: 'candidate', weight: 1 },
    { name: 'baseline', weight: 1 },
  ];

  it('gives the same unit the same arm every time', () => {
    const first = ids.slice(0, 1000).map((id) => assignArm(id, 'exp-7', arms, 5));
    const again = ids.slice(0, 1000).map((id) => assignArm(id, 'exp-7', arms, 5));
    expect(again).toEqual(first);
  });

  it('holds out the configured percentage and splits the rest by weight', () => {
    const assignments = ids.map((id) =>
      assignArm(
        id,
        'exp-7',
        [
          { name: 'candidate', weight: 1 },
          { name: 'baseline', weight: 3 },
        ],
        5,
      ),
    );
    const heldOut = assignments.filter((assignment) => assignment.heldOut).length;
    const candidate = assignments.filter((assignment) => armOf(assignment) === 'candidate').length;
    const baseline = ids.length - heldOut - candidate;
    expect(sampleRatioMismatch([heldOut, candidate, baseline], [0.05, 0.95 * 0.25, 0.95 * 0.75]).mismatch).toBe(false);
    expect(heldOut / ids.length).toBeCloseTo(0.05, 2);
  });

  it('keeps every candidate unit in the candidate when its stage grows from 5% to 20%', () => {
    const stage = (fraction: number) => [
      { name: 'candidate', weight: fraction },
      { name: 'baseline', weight: 1 - fraction },
    ];
    const atFive = ids.map((id) => assignArm(id, 'rollout-3', stage(0.05), 5));
    const atTwenty = ids.map((id) => assignArm(id, 'rollout-3', stage(0.2), 5));
    const candidateAtFive = atFive.filter((assignment) => armOf(assignment) === 'candidate').length;
    const movedOut = atFive.filter((assignment, i) => armOf(assignment) === 'candidate' && armOf(atTwenty[i]) !== 'candidate');
    expect(candidateAtFive / ids.length).toBeCloseTo(0.95 * 0.05, 2);
    expect(movedOut).toHaveLength(0);
    const inCandidate = atTwenty.filter((assignment) => armOf(assignment) === 'candidate').length;
    expect(inCandidate / ids.length).toBeCloseTo(0.95 * 0.2, 2);
  });

  it('keeps the holdout the same across rollouts with different salts', () => {
    const first = ids.slice(0, 5000).map((id) => assignArm(id, 'rollout-1', arms, 5).heldOut);
    const second = ids.slice(0, 5000).map((id) => assignArm(id, 'rollout-2', arms, 5).heldOut);
    expect(second).toEqual(first);
  });

  it('refuses weights that sum to zero', () => {
    expect(() => assignArm('u', 's', [{ name: 'a', weight: 0 }], 0)).toThrow(/sum to 0/);
  });
});
