/** Drains a model's stream into one result; a stream without its finish part is a retryable failure. */
import { SwitchboardError, type ChatModel, type ChatResult } from '@switchboard/spec';

export async function collectStream(model: ChatModel, request: Parameters<ChatModel['stream']>[0]): Promise<ChatResult> {
  let text = '';
  for await (const part of model.stream(request)) {
    if (part.type === 'text') text += part.text;
    else return { text, usage: part.usage, finishReason: part.finishReason };
  }
  throw new SwitchboardError('PROVIDER_FAILURE', `${model.id}: the stream ended before it finished`, { isRetryable: true });
}
