import { describe, expect, it } from 'vitest';
import { describeHandoff, handoffFromReply, handoffNotice } from './handoff-status.js';
import { labelTables } from './labels.js';

const labels = labelTables.en!;
const open = { id: 'h1', status: 'open', claimedBy: null } as const;
const claimed = { id: 'h1', status: 'claimed', claimedBy: 'Dana' } as const;
const released = { id: 'h1', status: 'released', claimedBy: 'Dana' } as const;
const unknown = { id: null, status: 'unknown', claimedBy: null } as const;

describe('describeHandoff', () => {
  it('names who has the conversation', () => {
    expect(describeHandoff(null, labels)).toEqual({ status: 'AI assistant', withPerson: false });
    expect(describeHandoff(open, labels)).toEqual({ status: 'Waiting for a person', withPerson: true });
    expect(describeHandoff(claimed, labels)).toEqual({ status: 'Dana is helping you', withPerson: true });
    expect(describeHandoff(released, labels)).toEqual({ status: 'AI assistant', withPerson: false });
    expect(describeHandoff(unknown, labels)).toEqual({ status: 'A person is helping you', withPerson: true });
  });
});

describe('handoffNotice', () => {
  it('tells the customer each change once: requested, joined by name, back with the assistant', () => {
    expect(handoffNotice(null, open, labels)).toBe('A person will join the conversation soon.');
    expect(handoffNotice(open, open, labels)).toBeNull();
    expect(handoffNotice(open, claimed, labels)).toBe('Dana has joined the conversation');
    expect(handoffNotice(claimed, claimed, labels)).toBeNull();
    expect(handoffNotice(claimed, released, labels)).toBe('You are back with the assistant');
    expect(handoffNotice(released, released, labels)).toBeNull();
  });

  it('announces a takeover by another agent', () => {
    expect(handoffNotice(claimed, { ...claimed, claimedBy: 'Sam' }, labels)).toBe('Sam has joined the conversation');
  });

  it('says nothing when a handoff the widget did not see open is released', () => {
    expect(handoffNotice(null, released, labels)).toBeNull();
  });

  it('after a reload, takes the first state it hears as how things stood, without a second notice', () => {
    expect(handoffNotice(unknown, open, labels)).toBeNull();
    expect(handoffNotice(unknown, { ...claimed, claimedBy: null }, labels)).toBeNull();
    expect(handoffNotice(unknown, claimed, labels)).toBeNull();
    expect(handoffNotice(unknown, released, labels)).toBe('You are back with the assistant');
  });
});

describe('handoffFromReply', () => {
  it('reports a transfer the widget did not know of', () => {
    expect(handoffFromReply(null, { mode: 'transferred', id: 'h1', status: 'open' })).toEqual(open);
  });

  it('keeps the agent it knows, and reports nothing when nothing changed', () => {
    expect(handoffFromReply(claimed, { mode: 'transferred', id: 'h1', status: 'claimed' })).toBeNull();
    expect(handoffFromReply(open, { mode: 'transferred', id: 'h1', status: 'open' })).toBeNull();
  });

  it('ignores an offer: the bot only suggests a person', () => {
    expect(handoffFromReply(null, { mode: 'offered' })).toBeNull();
  });
});
