/** Every part a chat model streams for one request, in order: what provider tests assert on. */
import type { ChatModel, ChatRequest, ChatStreamPart } from '@switchboard/spec';

export async function streamParts(model: ChatModel, request: ChatRequest): Promise<ChatStreamPart[]> {
  const parts: ChatStreamPart[] = [];
  for await (const part of model.stream(request)) parts.push(part);
  return parts;
}
