/** Slack mrkdwn to plain Markdown: mentions and channel links resolved to names, links kept, entities decoded. */

export function slackTextToMarkdown(
  text: string,
  users: ReadonlyMap<string, string>,
  channels: readonly { id: string; name: string }[],
): string {
  return text
    .replace(/<@([A-Z0-9]+)(?:\|([^>]+))?>/g, (_, id: string, label?: string) => `@${label ?? users.get(id) ?? id}`)
    .replace(
      /<#([A-Z0-9]+)(?:\|([^>]*))?>/g,
      (_, id: string, label?: string) => `#${label || channels.find((c) => c.id === id)?.name || id}`,
    )
    .replace(/<!(here|channel|everyone)[^>]*>/g, '@$1')
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/<mailto:[^|>]+\|([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/^#/gm, '\\#');
}
