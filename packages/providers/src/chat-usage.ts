/** Token usage as the provider reported it; servers that report none get an estimate of four characters per token. */
import type { ChatRequest, TokenUsage } from '@switchboard/spec';

export function reportedOrEstimatedUsage(
  request: ChatRequest,
  text: string,
  inputTokens: number | undefined,
  outputTokens: number | undefined,
): TokenUsage {
  const estimate = (chars: number) => Math.ceil(chars / 4);
  return {
    inputTokens: inputTokens ?? estimate(request.messages.reduce((sum, message) => sum + message.content.length, 0)),
    outputTokens: outputTokens ?? estimate(text.length),
  };
}
