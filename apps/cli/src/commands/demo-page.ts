/** The sample company page `switchboard demo` serves at /demo: a help page with the chat widget on it, as a customer would embed it. */

/** Escapes text for an HTML attribute or element (the key is ours, but nothing goes into HTML unescaped). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export function demoPageHtml(widgetKey: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Help Center — Switchboard demo</title>
<style>
  body { font-family: Georgia, serif; margin: 0; color: #1d2433; background: #f7f5f0; }
  header { background: #1d2433; color: #fff; padding: 1.5rem 2rem; }
  main { max-width: 44rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.6; }
  /* A host page's own rules: the widget lives in a Shadow DOM, so none of these reach it. */
  button { background: hotpink !important; font-size: 2rem; }
  p { color: #1d2433; }
</style>
</head>
<body>
<header><h1>Acme Help Center</h1><p>Project management for teams that ship.</p></header>
<main>
  <h2>Welcome</h2>
  <p>This is a sample company page. The chat button in the corner is the Switchboard widget, added with one tag:</p>
  <pre>&lt;script src="/widget.js" data-key="sb_widget_…" async&gt;&lt;/script&gt;</pre>
  <p>Ask it about refunds, two-factor authentication, plans or exporting your data. Ask for a person and answer from
  the console at <a href="/console/">/console</a> with the admin key the demo printed.</p>
</main>
<script src="/widget.js" data-key="${escapeHtml(widgetKey)}" async></script>
</body>
</html>
`;
}
