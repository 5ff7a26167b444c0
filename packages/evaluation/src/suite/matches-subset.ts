/** Whether expected tool arguments are a subset of the arguments a call was made with. */

/**
 * Objects match key by key (the call may have more keys), arrays element by element, scalars by their text, so that
 * `order_id: 123` written in YAML matches the string "123" a tool receives.
 */
export function matchesSubset(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected))
    return (
      Array.isArray(actual) && actual.length === expected.length && expected.every((item, index) => matchesSubset(item, actual[index]))
    );
  if (isRecord(expected))
    return isRecord(actual) && Object.entries(expected).every(([key, value]) => key in actual && matchesSubset(value, actual[key]));
  if (expected === null || actual === null || typeof actual === 'object') return expected === actual;
  return String(expected) === String(actual);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
