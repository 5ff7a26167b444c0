/** Conversation tokens: an HMAC over the conversation id that lets a customer read and post to that conversation only. */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { SwitchboardError } from '@switchboard/spec';

export interface ConversationTokens {
  /** The token for a new conversation: `<conversationId>.<base64url HMAC-SHA256>`. */
  issue(conversationId: string): string;
  /**
   * Checks a token against the conversation a request names: UNAUTHENTICATED when it is not a token this server
   * signed, FORBIDDEN when it is a valid token for another conversation.
   */
  check(token: string, conversationId: string): void;
  /** True when `text` is shaped like a conversation token (an API key never is), whoever signed it. */
  isConversationToken(text: string): boolean;
  /** True when the secret is random per process: tokens then do not survive a restart or span replicas. */
  readonly ephemeral: boolean;
}

export interface ConversationTokenOptions {
  /** SWITCHBOARD_TOKEN_SECRET, passed in by the app; a random per-process secret when absent. */
  readonly secret?: string | undefined;
  /** Told when the secret is random per process. */
  readonly warn?: (message: string) => void;
}

const minimumSecretBytes = 32;
// `<conversation id>.<43 base64url characters>`; API keys (`sb_<scope>_…`) contain no dot.
const tokenShape = /^[A-Za-z0-9_-]{1,128}\.[A-Za-z0-9_-]{43}$/;

export function createConversationTokens(options: ConversationTokenOptions = {}): ConversationTokens {
  const secret = options.secret ? Buffer.from(options.secret, 'utf8') : randomBytes(minimumSecretBytes);
  if (secret.byteLength < minimumSecretBytes)
    throw new SwitchboardError(
      'CONFIG_INVALID',
      `SWITCHBOARD_TOKEN_SECRET is ${secret.byteLength} bytes; use at least ${minimumSecretBytes} random bytes`,
    );
  if (!options.secret)
    options.warn?.(
      'SWITCHBOARD_TOKEN_SECRET is not set: conversation tokens are signed with a random per-process secret, so they stop working after a restart and on other replicas',
    );
  // The purpose prefix keeps this MAC from ever equalling one the same secret makes for something else.
  const mac = (conversationId: string): Buffer => createHmac('sha256', secret).update(`conversation:${conversationId}`).digest();

  return {
    ephemeral: !options.secret,
    isConversationToken: (text) => tokenShape.test(text),
    issue: (conversationId) => `${conversationId}.${mac(conversationId).toString('base64url')}`,
    check(token, conversationId) {
      const dot = token.lastIndexOf('.');
      const tokenConversation = token.slice(0, dot);
      const given = Buffer.from(token.slice(dot + 1), 'base64url');
      const expected = mac(tokenConversation);
      if (dot <= 0 || given.byteLength !== expected.byteLength || !timingSafeEqual(given, expected))
        throw new SwitchboardError('UNAUTHENTICATED', 'the conversation token is not valid; start a new conversation');
      if (tokenConversation !== conversationId)
        throw new SwitchboardError('FORBIDDEN', 'this conversation token is for another conversation');
    },
  };
}
