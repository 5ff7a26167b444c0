/** The commented switchboard.yaml that `switchboard init` writes. */

/** The default switchboard.yaml, every key commented, for a workspace named my-help-center. */
export const defaultConfigYaml = `# Switchboard workspace configuration. Every key is optional; the values shown are the defaults.
# Secrets never go here: they come from environment variables.
workspace:
  name: my-help-center

store:
  driver: sqlite            # the embedded default; one file, no server
  path: data/switchboard.db # relative to this file

# Where knowledge comes from. \`switchboard sync [name]\` (or \`ingest\` with no paths) reads these;
# \`switchboard sources\` lists them with their counts. Tokens come from the environment variable named by tokenEnv.
sources:
  - name: kb
    type: folder            # Markdown, HTML, PDF, DOCX, CSV FAQ, text and JSON exports, recursively
    path: kb
  # - name: help-center
  #   type: zendesk         # Help Center API; or path: an export file or folder
  #   subdomain: acme       # https://acme.zendesk.com
  #   email: bot@acme.com
  #   tokenEnv: ZENDESK_API_TOKEN
  # - name: wiki
  #   type: confluence      # or path: an export of REST content JSON
  #   baseUrl: https://acme.atlassian.net/wiki
  #   spaceKey: SUP
  #   email: bot@acme.com
  #   tokenEnv: CONFLUENCE_API_TOKEN
  # - name: slack
  #   type: slack           # a standard export folder (with channels.json)
  #   path: slack-export
  #   answeredReaction: white_check_mark
  #   maxAgeDays: 365

chunking:
  maxTokens: 320            # long sections are split with overlap below this size
  overlapTokens: 40

retrieval:
  topK: 5
  k1: 1.2                   # BM25 term-frequency saturation
  b: 0.6                    # BM25 length normalisation
  fieldWeights: { title: 2.5, headings: 1.5, body: 1, tags: 1 }

answer:
  minConfidence: 0.5        # answerability below which the bot says it does not know and offers a human (0.5 = the tuned operating point)
  maxSentences: 4
  maxChunks: 3

# Generative answers (docs/llm.md). Off until a model is named; every sentence is checked against its citation.
# SWITCHBOARD_LLM_MODEL, SWITCHBOARD_LLM_BASE_URL and SWITCHBOARD_LLM_API_KEY override these without editing the file.
llm:
  model: null               # e.g. openai-compatible:llama3.1, openai:gpt-4o-mini, anthropic:claude-3-5-haiku-latest
  smallModel: null          # answers easy questions and overflow
  judgeModel: null          # optional entailment judge per claim
  baseUrl: null             # e.g. http://localhost:11434/v1 (required for openai-compatible)
  apiKeyEnv: null           # the NAME of the variable holding the key, e.g. OPENAI_API_KEY
  timeoutMs: 20000          # one provider call
  deadlineMs: 8000          # one whole answer; past it the extractive answer goes out
  routing: { threshold: 0.5, maxLargeInFlight: 8 }
  prices: {}                # e.g. { "openai:gpt-4o-mini": { inputPer1k: 0.00015, outputPer1k: 0.0006 } }
  embeddings:               # endpoint of retrieval.embedder: openai-compatible:<model>
    baseUrl: null
    apiKeyEnv: null
    batchSize: 64

handoff:
  queue: Customer Support   # told to customers verbatim; never invented
  hours: Monday to Friday, 09:00-17:00 UTC

guardrails:
  humanPhrases: []          # extra ways to ask for a person; "agent", "human", "representative" are built in
  minActionConfidence: 0.6  # below this no automated action runs
  prohibitedPhrases: []     # added to the built-in reflexive apologies and internal shorthand
  allowedNames: []          # teams, products and people the bot may name besides the handoff queue
  repeatedFailureLimit: 2   # "that didn't help" this many times hands off

safety:
  embedder: local:use-lite  # sentence embedder of the safety model; none = n-grams alone (also the automatic fallback)
  actions: {}               # e.g. { manipulation: handoff }; fraud, financial_dispute, legal_threat, harassment
                            # and self_harm always hand off; prompt_injection, manipulation, harmful_request refuse

rateLimit:                  # HTTP API; over the limit answers 429 with Retry-After
  perCustomer: { limit: 20, windowSeconds: 60 }
  perIp: { limit: 60, windowSeconds: 60 }
  conversationsPerIp: { limit: 20, windowSeconds: 60 }   # new conversations

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
  bodyLimitBytes: 65536       # larger request bodies answer 413
  trustProxy: false           # true (or a list of proxy addresses) when behind a proxy that sets X-Forwarded-For

# How a conversation's outcome is read from its events (docs/evaluation.md, "Outcomes"): the bot's answer resolves
# it once the customer has been silent this long, and a customer back within reopenHours of a resolution reopens it.
outcomes:
  inactivityMinutes: 30
  reopenHours: 72

# Every route but /healthz needs an API key (\`switchboard keys create\`, docs/security.md); these open two of them.
metrics:
  public: false               # true serves /metrics without an admin key (a scraper on a private network)

widget:
  public: false               # true lets anyone start a conversation without a widget key
  allowedOrigins: []          # the sites that embed the widget, e.g. [https://shop.example.com]; * for any

# Identity tokens (docs/security.md): JWTs your backend signs, HS256 with SWITCHBOARD_IDENTITY_SECRET in the
# environment (never here) or RS256 against jwksUrl. Their claims, not a request's customer object, decide.
identity:
  audience: switchboard       # the aud every identity token must carry
  # issuer: https://shop.example.com
  # jwksUrl: https://shop.example.com/.well-known/jwks.json

# Acceptance criteria (docs/evaluation.md), declared before a change: \`switchboard eval gate\` runs the suites in evals/
# and exits 1 when any fails. Keys are suite aggregates (passRate, answerRate, faithfulness, citationAccuracy,
# intentAccuracy, intentEce, handoffPrecision, handoffRecall, unloggedActionClaimRate, p50Ms, p95Ms, costUsd, cases,
# passed) or regressions (cases that passed in the --baseline run and fail now); values are "OP NUMBER".
release:
  criteria: {}
  # criteria:
  #   faithfulness: ">= 0.98"
  #   handoffRecall: ">= 1.0"
  #   p95Ms: "<= 1500"
  #   regressions: "== 0"

# Staged rollouts (docs/rollout.md): \`switchboard rollout start NAME\`; every server evaluates the guardrails each
# tickSeconds and rolls back on a breach. Guardrail margins and mixture scales default as the docs list them.
rollout:
  tickSeconds: 60
  sloP95Ms: 3000              # replies slower than this count toward the latency guardrail
  webhooks: []                # URLs each rollout decision is POSTed to as JSON

# Hot-fix adapters (docs/rollout.md): \`switchboard adapter add NAME --model M --version V --intents LIST\` routes only
# those intents (and cohorts: personas) to a fine-tuned adapter on the same endpoint, after its anchors pass.
adapters:
  maxAgeDays: 30              # then it is no longer routed to: merge it into the base model and remove it
  anchors: []                 # eval suites it must not regress (default: every evals/*.yaml)

log:
  level: info                 # JSON lines, one per request; serve --log-level overrides it
  bodies: false               # true also logs request bodies (customers' messages); never on in production
`;

/** The commented switchboard.yaml that `switchboard init` writes, for a workspace of the given name. */
export function workspaceConfigYaml(name: string): string {
  return defaultConfigYaml.replace(/^ {2}name: my-help-center$/m, `  name: ${yamlScalar(name)}`);
}

/** A plain YAML scalar when the name is safe unquoted; otherwise a JSON string, which YAML reads as double-quoted. */
function yamlScalar(text: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(text) && !/^(true|false|yes|no|on|off|null|~|[0-9.e+-]+)$/i.test(text)
    ? text
    : JSON.stringify(text);
}
