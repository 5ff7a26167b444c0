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

guardrails:
  humanPhrases: []          # extra ways to ask for a person; "agent", "human", "representative" are built in
  minActionConfidence: 0.6  # below this no automated action runs
  prohibitedPhrases: []     # added to the built-in reflexive apologies and internal shorthand
  allowedNames: []          # teams, products and people the bot may name besides the handoff queue
  repeatedFailureLimit: 2   # "that didn't help" this many times hands off

rateLimit:                  # HTTP API; over the limit answers 429 with Retry-After
  perCustomer: { limit: 20, windowSeconds: 60 }
  perIp: { limit: 60, windowSeconds: 60 }

personas:                   # first matching rule wins; facts come with each message (plan, tier, role)
  rules:
    - { when: { role: developer }, persona: developer }
    - { when: { plan: [enterprise] }, persona: enterprise }
    - { when: { plan: [free, starter, team, self-serve] }, persona: self-serve }

language:
  knowledge: [en]           # languages the knowledge is written in

server:
  host: 127.0.0.1
  port: 8787
  bodyLimitBytes: 65536
`;
