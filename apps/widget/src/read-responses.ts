/**
 * Reads the server's JSON into the widget's types, leniently: a missing optional field gets its default and an added
 * field changes nothing, so a newer server does not break an older cached widget.
 */
import type {
  Citation,
  ConversationMessage,
  ConversationRecord,
  HandoffStatus,
  HandoffUpdate,
  MessageReply,
} from './conversation-types.js';

type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOr = <T>(value: unknown, fallback: T): string | T => (typeof value === 'string' ? value : fallback);
const handoffStatuses: readonly string[] = ['open', 'claimed', 'released'];
const isHandoffStatus = (value: unknown): value is HandoffStatus => typeof value === 'string' && handoffStatuses.includes(value);

export function readCitations(value: unknown): Citation[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((citation) =>
    typeof citation.index === 'number'
      ? [
          {
            index: citation.index,
            title: stringOr(citation.title, ''),
            section: stringOr(citation.section, ''),
            url: stringOr(citation.url, null),
          },
        ]
      : [],
  );
}

export function readMessage(value: unknown): ConversationMessage | null {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.text !== 'string') return null;
  const role = value.role;
  if (role !== 'customer' && role !== 'bot' && role !== 'human') return null;
  return { id: value.id, role, text: value.text, citations: readCitations(value.citations) };
}

export function readConversation(value: unknown): ConversationRecord | null {
  if (!isObject(value) || typeof value.id !== 'string') return null;
  const messages = Array.isArray(value.messages) ? value.messages.map(readMessage).filter((message) => message !== null) : [];
  return { id: value.id, status: value.status === 'handoff' ? 'handoff' : 'bot', messages };
}

export function readHandoff(value: unknown): HandoffUpdate | null {
  if (!isObject(value) || typeof value.id !== 'string' || !isHandoffStatus(value.status)) return null;
  return { id: value.id, status: value.status, claimedBy: stringOr(value.claimedBy, null) };
}

export function readReply(value: unknown): MessageReply | null {
  if (!isObject(value)) return null;
  const handoff =
    isObject(value.handoff) && (value.handoff.mode === 'offered' || value.handoff.mode === 'transferred') ? value.handoff : null;
  return {
    messageId: stringOr(value.messageId, null),
    text: stringOr(value.text, null),
    citations: readCitations(value.citations),
    handoff: handoff && {
      mode: handoff.mode as 'offered' | 'transferred',
      ...(typeof handoff.id === 'string' ? { id: handoff.id } : {}),
      ...(isHandoffStatus(handoff.status) ? { status: handoff.status } : {}),
    },
    silent: value.silent === true || value.text === null,
  };
}

/** The server's `{error: {code, message}}`, or a stand-in when the body is something else. */
export function readError(value: unknown): { code: string; message: string } {
  const error = isObject(value) && isObject(value.error) ? value.error : {};
  return { code: stringOr(error.code, 'UNKNOWN'), message: stringOr(error.message, 'the server answered with an error') };
}
