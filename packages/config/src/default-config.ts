/** The commented switchboard.yaml written by `switchboard init`. */
export const defaultConfigYaml = `# Switchboard workspace configuration. Every key is optional; the values shown are the defaults.
# Secrets never go here: they come from environment variables.
workspace:
  name: my-help-center

store:
  driver: sqlite            # the embedded default; one file, no server
  path: data/switchboard.db # relative to this file

# Where knowledge comes from. \`switchboard ingest\` with no paths ingests these.
sources:
  - name: kb
    type: folder            # Markdown/MDX and HTML files, recursively
    path: kb

chunking:
  maxTokens: 320            # long sections are split with overlap below this size
  overlapTokens: 40

retrieval:
  topK: 5
  k1: 1.2                   # BM25 term-frequency saturation
  b: 0.6                    # BM25 length normalisation
  fieldWeights: { title: 2.5, headings: 1.5, body: 1, tags: 1 }

answer:
  minConfidence: 0.45       # below this the bot says it does not know and offers a human
  maxSentences: 4
  maxChunks: 3

handoff:
  queue: Customer Support   # told to customers verbatim; never invented
  hours: Monday to Friday, 09:00-17:00 UTC

server:
  host: 127.0.0.1
  port: 8787
  bodyLimitBytes: 65536
`;
