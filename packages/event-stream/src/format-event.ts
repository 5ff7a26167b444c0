/** One server-sent event as written on the wire: `event: NAME`, `data: JSON`, a blank line. */
export function formatEvent(name: string, data: unknown): string {
  // JSON.stringify never emits a raw newline, so the data is always one `data:` line.
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line, which readers ignore: keeps proxies from closing an idle stream. */
export const keepAliveComment = ': ping\n\n';
