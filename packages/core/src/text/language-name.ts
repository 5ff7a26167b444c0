/** The English name of a language code, for prompts: 'es' → 'Spanish'. */
const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** An unknown or malformed code stays as it is. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
