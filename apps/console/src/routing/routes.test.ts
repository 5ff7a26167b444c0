import { describe, expect, it } from 'vitest';
import { matchRoute, pathOf } from './routes';

describe('matchRoute', () => {
  it('maps each console path to its page', () => {
    expect(matchRoute('/console')).toEqual({ page: 'inbox' });
    expect(matchRoute('/console/')).toEqual({ page: 'inbox' });
    expect(matchRoute('/console/conversations')).toEqual({ page: 'conversations' });
    expect(matchRoute('/console/conversations/')).toEqual({ page: 'conversations' });
    expect(matchRoute('/console/conversations/conv%2F1')).toEqual({ page: 'conversation', id: 'conv/1' });
    expect(matchRoute('/console/approvals')).toEqual({ page: 'approvals' });
    expect(matchRoute('/console/knowledge')).toEqual({ page: 'knowledge' });
    expect(matchRoute('/console/metrics')).toEqual({ page: 'metrics' });
    expect(matchRoute('/console/evaluations')).toEqual({ page: 'evaluations' });
    expect(matchRoute('/console/evaluations/run_1')).toEqual({ page: 'evaluation', id: 'run_1' });
    expect(matchRoute('/console/experiments')).toEqual({ page: 'experiments' });
    expect(matchRoute('/console/experiments/checkout-tone')).toEqual({ page: 'experiment', id: 'checkout-tone' });
    expect(matchRoute('/console/rollout')).toEqual({ page: 'rollout' });
    expect(matchRoute('/console/shadow')).toEqual({ page: 'shadow' });
    expect(matchRoute('/console/shadow/')).toEqual({ page: 'shadow' });
  });

  it('says not found for anything else', () => {
    for (const path of [
      '/consoles',
      '/',
      '/console/toString',
      '/console/approvals/x',
      '/console/rollout/x',
      '/console/shadow/x',
      '/console/shadows',
      '/console/conversations/a/b',
      '/console/conversations/%E0',
    ])
      expect(matchRoute(path)).toEqual({ page: 'not-found' });
  });
});

describe('pathOf', () => {
  it('builds paths that match back to the same page', () => {
    const routes = [
      { page: 'inbox' },
      { page: 'metrics' },
      { page: 'conversation', id: 'c 1/2' },
      { page: 'evaluation', id: 'run 1/2' },
      { page: 'experiment', id: 'tone v2' },
      { page: 'rollout' },
      { page: 'shadow' },
    ] as const;
    for (const route of routes) expect(matchRoute(pathOf(route))).toEqual(route);
  });
});
