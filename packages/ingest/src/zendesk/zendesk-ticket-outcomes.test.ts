/** Issue 19 item 2: Zendesk tickets that link a conversation become outcome evidence, from a constructed export. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TicketOutcome } from '@switchboard/core/outcomes';
import { createSqliteStores } from '@switchboard/store-sqlite';
import { ingestFiles } from '../ingest-files.js';
import { JsonShapeMismatch } from '../json-shape.js';
import { readZendeskTicketOutcomes } from './zendesk-ticket-outcomes.js';

const comments = [
  { author_id: 7001, public: true, body: 'My refund has not arrived.' },
  { author_id: 9001, public: true, body: 'It was sent today; allow five days.' },
];
const ticketsExport = {
  tickets: [
    {
      id: 6001,
      subject: 'Refund not arrived',
      status: 'solved',
      requester_id: 7001,
      tags: ['billing', 'switchboard_conversation:conv_0a1b'],
      created_at: '2026-03-01T18:00:00Z',
      updated_at: '2026-03-02T10:00:00Z',
      satisfaction_rating: { score: 'bad', comment: 'slow' },
      metric_set: { reopens: 1, solved_at: '2026-03-02T09:30:00Z' },
      comments,
    },
    // Two conversations merged into one ticket; no metrics in this export, a rating offered but not given.
    {
      id: 6002,
      status: 'open',
      tags: ['switchboard_conversation:conv_2c3d', 'switchboard_conversation:conv_4e5f'],
      updated_at: '2026-03-03T08:00:00Z',
      satisfaction_rating: { score: 'offered' },
      comments: [],
    },
    // No link: knowledge only, never outcome evidence.
    { id: 6003, status: 'solved', tags: ['billing'], satisfaction_rating: { score: 'good' }, comments },
  ],
  users: [
    { id: 7001, role: 'end-user' },
    { id: 9001, role: 'agent' },
  ],
};

describe('readZendeskTicketOutcomes', () => {
  it('reads the status, reopens and rating of each ticket tagged with a conversation, once per conversation', () => {
    expect(readZendeskTicketOutcomes(ticketsExport)).toEqual<TicketOutcome[]>([
      {
        conversationId: 'conv_0a1b',
        ticketId: '6001',
        status: 'solved',
        reopens: 1,
        satisfaction: 'bad',
        createdAt: '2026-03-01T18:00:00.000Z',
        updatedAt: '2026-03-02T10:00:00.000Z',
        solvedAt: '2026-03-02T09:30:00.000Z',
      },
      ...['conv_2c3d', 'conv_4e5f'].map((conversationId) => ({
        conversationId,
        ticketId: '6002',
        status: 'open',
        reopens: 0,
        satisfaction: null,
        createdAt: null,
        updatedAt: '2026-03-03T08:00:00.000Z',
        solvedAt: null,
      })),
    ]);
  });

  it('names the JSON path of a linked ticket whose metrics are not what Zendesk writes', () => {
    const bad = { tickets: [{ id: 1, status: 'open', tags: ['switchboard_conversation:conv_1'], metric_set: { reopens: [] } }] };
    expect(() => readZendeskTicketOutcomes(bad)).toThrow(JsonShapeMismatch);
    expect(() => readZendeskTicketOutcomes(bad)).toThrow('$.tickets[0].metric_set.reopens');
  });
});

describe('ingestFiles with recordOutcomes', () => {
  it("hands the export's ticket outcomes to the recorder, with its warnings, beside the documents it stores", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-ticket-outcomes-'));
    const stores = createSqliteStores(':memory:');
    try {
      mkdirSync(join(dir, 'zendesk'));
      writeFileSync(join(dir, 'zendesk', 'tickets.json'), JSON.stringify(ticketsExport));
      writeFileSync(join(dir, 'zendesk', 'guide.md'), '# Refunds\n\nRefunds take five days.\n');
      const recorded: TicketOutcome[][] = [];
      const ingest = (recordOutcomes?: (outcomes: readonly TicketOutcome[]) => Promise<readonly string[]>) =>
        ingestFiles({
          store: stores.knowledge,
          sourceName: 'zendesk',
          sourceType: 'folder',
          baseDir: dir,
          roots: [join(dir, 'zendesk')],
          chunking: { maxTokens: 200, overlapTokens: 20 },
          now: () => new Date('2026-03-04T00:00:00Z'),
          ...(recordOutcomes ? { recordOutcomes } : {}),
        });
      const summary = await ingest(async (outcomes) => {
        recorded.push([...outcomes]);
        return [`ticket ${outcomes[1]!.ticketId} links conversation ${outcomes[1]!.conversationId}, which this workspace does not have`];
      });
      expect(recorded.map((outcomes) => outcomes.map((outcome) => [outcome.ticketId, outcome.conversationId]))).toEqual([
        [
          ['6001', 'conv_0a1b'],
          ['6002', 'conv_2c3d'],
          ['6002', 'conv_4e5f'],
        ],
      ]);
      expect(summary.warnings).toEqual([
        { path: 'zendesk/tickets.json', message: 'ticket 6002 links conversation conv_2c3d, which this workspace does not have' },
      ]);
      // The solved tickets are knowledge as before (the bad-rated one excepted), and so is the Markdown file.
      expect((await stores.knowledge.listDocuments()).map((document) => document.path).sort()).toEqual([
        'zendesk/guide.md',
        'zendesk/tickets.json#6003',
      ]);
      // Without a recorder, the evidence is not even read.
      expect((await ingest()).warnings).toEqual([]);
    } finally {
      stores.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
