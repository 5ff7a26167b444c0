import { describe, expect, it } from 'vitest';
import { acceptConversationToken } from './conversation-credential.js';
import { createConversationTokens } from './conversation-token.js';

const tokens = createConversationTokens({ secret: 'a-server-token-secret-of-32-bytes-long' });

describe('acceptConversationToken', () => {
  it("accepts the conversation's own token", () => {
    expect(acceptConversationToken(tokens.issue('conv_1'), 'conv_1', tokens)).toBe(true);
  });

  it('refuses the token of another conversation with FORBIDDEN, and a forged one with UNAUTHENTICATED', () => {
    expect(() => acceptConversationToken(tokens.issue('conv_2'), 'conv_1', tokens)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    const forged = `conv_1.${'A'.repeat(43)}`;
    expect(() => acceptConversationToken(forged, 'conv_1', tokens)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('leaves API keys and a missing credential to the key check', () => {
    expect(acceptConversationToken(`sb_widget_0123456789abcdef_${'a'.repeat(43)}`, 'conv_1', tokens)).toBe(false);
    expect(acceptConversationToken(null, 'conv_1', tokens)).toBe(false);
  });
});
