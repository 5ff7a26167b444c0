import { describe, expect, it, vi } from 'vitest';
import { createConversationTokens } from './conversation-token.js';

const secret = 'a-server-token-secret-of-32-bytes-long';

describe('createConversationTokens', () => {
  it('accepts the token it issued for its own conversation', () => {
    const tokens = createConversationTokens({ secret });
    expect(() => tokens.check(tokens.issue('conv_1'), 'conv_1')).not.toThrow();
    expect(tokens.ephemeral).toBe(false);
  });

  it('refuses a valid token on another conversation with FORBIDDEN', () => {
    const tokens = createConversationTokens({ secret });
    expect(() => tokens.check(tokens.issue('conv_1'), 'conv_2')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('refuses a forged, altered or foreign token with UNAUTHENTICATED', () => {
    const tokens = createConversationTokens({ secret });
    const other = createConversationTokens({ secret: `${secret}-other` });
    const token = tokens.issue('conv_1');
    const tampered = `conv_2${token.slice('conv_1'.length)}`;
    for (const forged of [other.issue('conv_1'), tampered, `${token}x`, 'conv_1', '', '.', 'conv_1.'])
      expect(() => tokens.check(forged, 'conv_1')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('issues the same token for the same conversation across instances that share the secret (replicas, restarts)', () => {
    expect(createConversationTokens({ secret }).issue('conv_1')).toBe(createConversationTokens({ secret }).issue('conv_1'));
  });

  it('uses a random per-process secret with a warning when SWITCHBOARD_TOKEN_SECRET is unset', () => {
    const warn = vi.fn();
    const first = createConversationTokens({ warn });
    const second = createConversationTokens();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/SWITCHBOARD_TOKEN_SECRET is not set.*restart/));
    expect(first.ephemeral).toBe(true);
    expect(() => second.check(first.issue('conv_1'), 'conv_1')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('refuses a secret shorter than 32 bytes at start-up', () => {
    expect(() => createConversationTokens({ secret: 'short' })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});
