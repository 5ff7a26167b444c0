/** An API error as a sentence with its code, announced to screen readers; never a stack. */
import type { ApiError } from '../api/api-error';

export function ErrorMessage({ error, action }: { readonly error: ApiError | null; readonly action?: string }) {
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {action ? `${action}: ` : ''}
      {error.message} <code className="error-code">{error.code}</code>
    </p>
  );
}
