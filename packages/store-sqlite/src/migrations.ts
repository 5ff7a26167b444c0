/** Versioned schema migrations, applied in order; PRAGMA user_version records the last one applied. */
export const migrations: readonly string[] = [
  `
  CREATE TABLE sources (
    name TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    last_synced_at TEXT
  );
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    source_name TEXT NOT NULL REFERENCES sources(name) ON DELETE CASCADE,
    path TEXT NOT NULL,
    url TEXT,
    title TEXT NOT NULL,
    source_type TEXT NOT NULL,
    updated_at TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    audience TEXT,
    doc_type TEXT,
    content_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    UNIQUE (source_name, path)
  );
  CREATE TABLE chunks (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    parent_id TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('section', 'paragraph')),
    ordinal INTEGER NOT NULL,
    breadcrumb TEXT NOT NULL,
    section_path TEXT NOT NULL,
    text TEXT NOT NULL,
    token_count INTEGER NOT NULL,
    page INTEGER
  );
  CREATE INDEX chunks_by_document ON chunks(document_id, ordinal);
  CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    customer TEXT,
    status TEXT NOT NULL DEFAULT 'bot'
  );
  CREATE TABLE messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    citations TEXT NOT NULL DEFAULT '[]',
    trace_id TEXT
  );
  CREATE INDEX messages_by_conversation ON messages(conversation_id, seq);
  CREATE TABLE traces (
    id TEXT PRIMARY KEY,
    conversation_id TEXT,
    query TEXT NOT NULL,
    created_at TEXT NOT NULL,
    stages TEXT NOT NULL,
    total_ms REAL NOT NULL
  );
  CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    at TEXT NOT NULL,
    conversation_id TEXT,
    data TEXT NOT NULL
  );
  CREATE INDEX events_by_type ON events(type, at);
  CREATE INDEX events_by_conversation ON events(conversation_id, seq);
  `,
  `
  CREATE TABLE handoffs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    conversation_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'released')),
    reason TEXT NOT NULL,
    queue TEXT NOT NULL,
    created_at TEXT NOT NULL,
    claimed_by TEXT,
    claimed_at TEXT,
    released_at TEXT,
    packet TEXT NOT NULL
  );
  CREATE INDEX handoffs_by_status ON handoffs(status, seq);
  CREATE INDEX handoffs_by_conversation ON handoffs(conversation_id, seq);
  `,
  `
  CREATE TABLE chunk_vectors (
    chunk_id TEXT NOT NULL REFERENCES chunks(id) ON DELETE CASCADE,
    model_id TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    dimensions INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model_id, chunk_id)
  );
  CREATE INDEX chunk_vectors_by_chunk ON chunk_vectors(chunk_id);
  `,
  // Documents stored before superseded_by existed were read without it: an empty hash makes the next ingest re-read them.
  `
  ALTER TABLE documents ADD COLUMN superseded_by TEXT;
  UPDATE documents SET content_hash = '';
  `,
  // The request id of the HTTP call that produced a trace (issue 16: logs and traces meet on it).
  `
  ALTER TABLE traces ADD COLUMN request_id TEXT;
  `,
  // The knowledge version (issue 17): triggers count every document write, whichever process or statement makes it, so
  // a server notices an ingest run elsewhere. Tickets are re-read once so their help-center links are stored.
  `
  CREATE TABLE knowledge_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
  INSERT INTO knowledge_version (id, version) VALUES (1, 0);
  CREATE TRIGGER documents_inserted_version AFTER INSERT ON documents BEGIN UPDATE knowledge_version SET version = version + 1; END;
  CREATE TRIGGER documents_updated_version AFTER UPDATE ON documents BEGIN UPDATE knowledge_version SET version = version + 1; END;
  CREATE TRIGGER documents_deleted_version AFTER DELETE ON documents BEGIN UPDATE knowledge_version SET version = version + 1; END;
  ALTER TABLE documents ADD COLUMN linked_articles TEXT;
  UPDATE documents SET content_hash = '' WHERE doc_type = 'resolved-ticket';
  `,
  // API keys with scopes (issue 18): only a salted scrypt hash of each secret; the id is public and inside the key.
  `
  CREATE TABLE api_keys (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    scope TEXT NOT NULL CHECK (scope IN ('admin', 'agent', 'widget')),
    salt TEXT NOT NULL,
    hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at TEXT
  );
  `,
  // The verified identity a conversation was created with and the device it came from (issue 18 item 2).
  `
  ALTER TABLE conversations ADD COLUMN identity TEXT;
  ALTER TABLE conversations ADD COLUMN device_id TEXT;
  `,
  // The console's conversation list (issue 18): a summary row per conversation, written with each message, status and
  // outcome, so listing and filtering read no message or trace. Conversations stored before it are summarised here
  // from their messages, handoffs and message.* events.
  `
  CREATE TABLE conversation_summaries (
    conversation_id TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    updated_at TEXT NOT NULL,
    message_count INTEGER NOT NULL DEFAULT 0,
    last_role TEXT,
    last_text TEXT,
    intent TEXT,
    persona TEXT,
    outcome TEXT,
    handed_off INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX conversations_by_created ON conversations(created_at, id);
  INSERT INTO conversation_summaries
    (conversation_id, updated_at, message_count, last_role, last_text, intent, persona, outcome, handed_off)
  SELECT c.id, COALESCE(last.created_at, c.created_at),
    (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id),
    last.role, last.text,
    (SELECT json_extract(e.data, '$.intent.label') FROM events e
      WHERE e.conversation_id = c.id AND e.type IN ('message.answered', 'message.declined', 'message.handoff', 'message.refused')
        AND json_extract(e.data, '$.intent.label') IS NOT NULL AND json_extract(e.data, '$.intent.outOfScope') IS NOT 1
      ORDER BY e.seq LIMIT 1),
    (SELECT json_extract(e.data, '$.persona') FROM events e
      WHERE e.conversation_id = c.id AND e.type IN ('message.answered', 'message.declined', 'message.handoff', 'message.refused')
        AND json_extract(e.data, '$.persona') IS NOT NULL
      ORDER BY e.seq LIMIT 1),
    (SELECT substr(e.type, 9) FROM events e
      WHERE e.conversation_id = c.id AND e.type IN ('message.answered', 'message.declined', 'message.handoff', 'message.refused', 'message.held')
      ORDER BY e.seq DESC LIMIT 1),
    c.status = 'handoff' OR EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = c.id)
  FROM conversations c
  LEFT JOIN messages last ON last.seq = (SELECT MAX(m.seq) FROM messages m WHERE m.conversation_id = c.id);
  `,
  // Golden-suite runs (issue 19): the columns `eval runs` lists, and the whole run as JSON for --baseline and reports.
  // IF NOT EXISTS: tests that step a store back to an older version re-run this on a file that already has the table.
  `
  CREATE TABLE IF NOT EXISTS eval_runs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT NOT NULL UNIQUE,
    started_at TEXT NOT NULL,
    config_hash TEXT NOT NULL,
    knowledge_version INTEGER NOT NULL,
    git_commit TEXT,
    cases_total INTEGER NOT NULL,
    cases_passed INTEGER NOT NULL,
    body TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS eval_runs_by_started ON eval_runs(started_at, seq);
  `,
  // Outcome metrics (issue 19) read the log by time: the console's summary from its window's start, the /metrics gauge
  // the last day at every scrape. Without this each was a scan of the whole log.
  `
  CREATE INDEX IF NOT EXISTS events_by_time ON events(at);
  `,
  // Runtime switches (issue 20): the kill switch, set by `switchboard killswitch` or POST /v1/killswitch and read by
  // every replica over the same file. IF NOT EXISTS for the same reason as eval_runs above.
  `
  CREATE TABLE IF NOT EXISTS runtime_switches (
    name TEXT PRIMARY KEY,
    is_on INTEGER NOT NULL,
    reason TEXT,
    set_by TEXT,
    set_at TEXT NOT NULL
  );
  `,
  // Releases (issue 20): immutable snapshots of what decides answers, and the one-row pointer to the serving release,
  // changed only by a conditional UPDATE so concurrent `release serve`s cannot both win. IF NOT EXISTS as above.
  `
  CREATE TABLE IF NOT EXISTS releases (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    note TEXT,
    forced TEXT,
    snapshot TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS serving_release (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT REFERENCES releases(name)
  );
  INSERT OR IGNORE INTO serving_release (id, name) VALUES (1, NULL);
  `,
  // A/B experiments (issue 20): the definitions `switchboard experiment create` stores; the analysis reads the event log.
  `
  CREATE TABLE IF NOT EXISTS experiments (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    arms TEXT NOT NULL,
    metric TEXT NOT NULL,
    mde REAL NOT NULL,
    alpha REAL NOT NULL,
    power REAL NOT NULL,
    salt TEXT NOT NULL,
    holdout_percent REAL NOT NULL,
    aa INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL
  );
  `,
  // Staged rollouts (issue 20 item 3): one row per rollout, the whole rollout as JSON, changed only by a conditional
  // UPDATE on its version so two replicas ticking at once cannot both advance or both roll back.
  `
  CREATE TABLE IF NOT EXISTS rollouts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL
  );
  `,
  // `experiment stop` (issue 20 item 5): when an experiment stopped, so its analysis reads no conversation after it.
  // A table of its own rather than a column, so the migration stays re-runnable (IF NOT EXISTS) like those above.
  `
  CREATE TABLE IF NOT EXISTS experiment_stops (
    name TEXT PRIMARY KEY REFERENCES experiments(name),
    stopped_at TEXT NOT NULL
  );
  `,
  // Shadow runs (issue 20 item 6): a candidate answering beside production, seen by no customer. The partial unique
  // index lets at most one run be 'running', whichever process starts it.
  `
  CREATE TABLE IF NOT EXISTS shadow_runs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE UNIQUE INDEX IF NOT EXISTS one_running_shadow_run ON shadow_runs(state) WHERE state = 'running';
  `,
];
