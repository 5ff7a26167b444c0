/**
 * Reads a Slack standard export folder (channels.json, users.json, <channel>/YYYY-MM-DD.json): only threads
 * marked answered — the answer carries the answer reaction or is pinned — become documents, one per thread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SwitchboardError } from '@switchboard/spec';
import { decodeUtf8 } from '../decode-utf8.js';
import { asArray, asObject, asString, checkShape, optionalString, parseJson } from '../json-shape.js';
import type { DocumentReader, ParsedEntry } from '../parsed-document.js';
import { answeredThreads, type SlackMessage } from './slack-threads.js';
import { slackTextToMarkdown } from './slack-text.js';

export interface SlackExportReaderOptions {
  /** The reaction that marks an answer (default 'white_check_mark', ✅). */
  readonly answerReaction?: string;
  /** Threads whose question is older than this many days are skipped (default 365). */
  readonly maxAgeDays?: number;
  readonly now?: () => Date;
}

export function createSlackExportReader(options: SlackExportReaderOptions = {}): DocumentReader {
  const reaction = options.answerReaction ?? 'white_check_mark';
  const maxAgeDays = options.maxAgeDays ?? 365;
  const now = options.now ?? (() => new Date());
  return {
    sourceType: 'slack',
    extensions: [],
    folderMarker: 'channels.json',
    read({ path }) {
      throw new SwitchboardError('INGEST_FILE_INVALID', `${path}: a Slack export holds many threads; read it with readMany`, {
        details: { file: path },
      });
    },
    readMany({ path, bytes, absolutePath }): ParsedEntry[] {
      if (!absolutePath)
        throw new SwitchboardError('INGEST_FILE_INVALID', `${path}: a Slack export is read from its folder on disk`, {
          details: { file: path },
        });
      const folder = dirname(absolutePath);
      const readJson = (name: string, jsonBytes: Uint8Array): unknown =>
        parseJson(`${path}/${name}`, decodeUtf8(`${path}/${name}`, jsonBytes));
      const channels = checkShape(`${path}/channels.json`, 'a Slack channels.json', () =>
        asArray(readJson('channels.json', bytes), '$').map((value, i) => {
          const channel = asObject(value, `$[${i}]`);
          return { id: asString(channel.id, `$[${i}].id`), name: asString(channel.name, `$[${i}].name`) };
        }),
      );
      const names = new Map<string, string>();
      const usersFile = join(folder, 'users.json');
      if (readdirSync(folder).includes('users.json')) {
        checkShape(`${path}/users.json`, 'a Slack users.json', () =>
          asArray(readJson('users.json', readFileSync(usersFile)), '$').forEach((value, i) => {
            const user = asObject(value, `$[${i}]`);
            const profile = user.profile === undefined ? {} : asObject(user.profile, `$[${i}].profile`);
            const name =
              optionalString(profile.display_name, `$[${i}].profile.display_name`) || optionalString(user.real_name, `$[${i}].real_name`);
            names.set(asString(user.id, `$[${i}].id`), name || asString(user.name, `$[${i}].name`));
          }),
        );
      }
      const oldest = now().getTime() / 1000 - maxAgeDays * 86_400;
      const entries: ParsedEntry[] = [];
      for (const channel of channels) {
        let days: string[];
        try {
          days = readdirSync(join(folder, channel.name))
            .filter((name) => /^\d{4}-\d{2}-\d{2}\.json$/.test(name))
            .sort();
        } catch {
          continue; // A channel with no messages has no folder in the export.
        }
        const messages: SlackMessage[] = days.flatMap((day) => {
          const name = `${channel.name}/${day}`;
          return checkShape(`${path}/${name}`, 'a Slack day file', () =>
            asArray(readJson(name, readFileSync(join(folder, channel.name, day))), '$').map((value, i) => toMessage(value, `$[${i}]`)),
          );
        });
        for (const thread of answeredThreads(messages, reaction)) {
          if (Number(thread.question.ts) < oldest) continue;
          const who = (user: string | null): string => (user ? (names.get(user) ?? user) : 'someone');
          const text = (message: SlackMessage): string => slackTextToMarkdown(message.text, names, channels);
          const date = new Date(Number(thread.question.ts) * 1000).toISOString().slice(0, 10);
          const firstLine = text(thread.question).split('\n')[0]!.slice(0, 100);
          entries.push({
            key: `${channel.name}/${thread.question.ts}`,
            document: {
              title: `#${channel.name}: ${firstLine}`,
              parts: [
                {
                  markdown: `Asked in #${channel.name} on ${date} by ${who(thread.question.user)}.\n\n## Question\n\n${text(thread.question)}\n\n## Answer\n\n${who(thread.answer.user)}: ${text(thread.answer)}`,
                  page: null,
                },
              ],
              url: null,
              updatedAt: new Date(Number(thread.answer.ts) * 1000).toISOString().slice(0, 10),
              tags: ['slack', channel.name],
              audience: null,
              docType: 'answered-thread',
              metadata: { channel: channel.name, threadTs: thread.question.ts, answerTs: thread.answer.ts, markedBy: thread.markedBy },
            },
          });
        }
      }
      return entries;
    },
  };
}

export const slackExportReader: DocumentReader = createSlackExportReader();

function toMessage(value: unknown, at: string): SlackMessage {
  const message = asObject(value, at);
  const reactions = asArray(message.reactions ?? [], `${at}.reactions`).map((item, k) =>
    asString(asObject(item, `${at}.reactions[${k}]`).name, `${at}.reactions[${k}].name`),
  );
  return {
    ts: asString(message.ts, `${at}.ts`),
    threadTs: optionalString(message.thread_ts, `${at}.thread_ts`),
    user: optionalString(message.user, `${at}.user`),
    text: optionalString(message.text, `${at}.text`) ?? '',
    subtype: optionalString(message.subtype, `${at}.subtype`),
    reactions,
    pinned: Array.isArray(message.pinned_to) && message.pinned_to.length > 0,
  };
}
