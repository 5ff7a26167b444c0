/** Reads the widget's settings from its own <script> tag: the server's origin and the data- attributes. */

/** The part of a <script> element the settings come from. */
export interface ScriptTag {
  readonly src: string;
  getAttribute(name: string): string | null;
}

export interface WidgetSettings {
  /** The origin the script was served from; every request goes there. */
  readonly host: string;
  /** `data-key`: the company's widget key (sb_widget_…). */
  readonly widgetKey: string;
  /** `data-identity-token`: a JWT from the company's backend, sent when the conversation is created. */
  readonly identityToken?: string;
  /** `data-lang`: overrides the browser's language for the widget's labels. */
  readonly language?: string;
  /** `data-title`: the panel's heading. */
  readonly title?: string;
}

/** The settings of `script`, or why there are none (the page shows nothing and the console says why). */
export function readScriptSettings(script: ScriptTag, baseUrl: string): WidgetSettings | { readonly problem: string } {
  let host: string;
  try {
    host = new URL(script.src, baseUrl).origin;
  } catch {
    return { problem: `the script's src "${script.src}" is not a URL` };
  }
  if (host === 'null') return { problem: `the script's src "${script.src}" has no origin to send requests to` };
  const widgetKey = attribute(script, 'data-key');
  if (!widgetKey) return { problem: 'the script tag has no data-key="sb_widget_…" attribute' };
  const identityToken = attribute(script, 'data-identity-token');
  const language = attribute(script, 'data-lang');
  const title = attribute(script, 'data-title');
  return {
    host,
    widgetKey,
    ...(identityToken ? { identityToken } : {}),
    ...(language ? { language } : {}),
    ...(title ? { title } : {}),
  };
}

function attribute(script: ScriptTag, name: string): string | undefined {
  return script.getAttribute(name)?.trim() || undefined;
}
