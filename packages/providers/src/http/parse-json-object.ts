/** A response body or stream event as a JSON object, or null when it is not one (the caller reports it as malformed). */
export function parseJsonObject<T extends object>(text: string): T | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as T) : null;
  } catch {
    return null;
  }
}
