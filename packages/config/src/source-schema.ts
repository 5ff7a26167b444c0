/** The `sources` entries of switchboard.yaml: one connector per source, secrets only as environment variable names. */
import { z } from 'zod';

const name = z.string().regex(/^[a-z0-9][a-z0-9-_]*$/i, 'use letters, digits, - and _');
/** Relative to the workspace. */
const path = z.string().min(1);
/** The secret stays in the environment; this only names the variable, so an upper-case name is required. */
const tokenEnv = z
  .string()
  .regex(/^[A-Z_][A-Z0-9_]*$/, 'name an environment variable (e.g. ZENDESK_API_TOKEN); the token itself never goes in this file');
const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

const folderSource = z.strictObject({ name, type: z.literal('folder'), path });

const slackSource = z.strictObject({
  name,
  type: z.literal('slack'),
  /** A Slack standard export folder (holding channels.json). */
  path,
  /** The reaction that marks a reply as the answer (default white_check_mark). */
  answeredReaction: z.string().min(1).optional(),
  /** Threads older than this are skipped (default 365). */
  maxAgeDays: z.number().int().positive().optional(),
});

const zendeskSource = z
  .strictObject({
    name,
    type: z.literal('zendesk'),
    /** An export file or folder; or leave it out and give subdomain/baseUrl to fetch through the Help Center API. */
    path: path.optional(),
    subdomain: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/i, 'the part before .zendesk.com')
      .optional(),
    /** The help center's own address (host-mapped help centers); overrides subdomain. */
    baseUrl: httpUrl.optional(),
    /** Only articles in this locale, e.g. en-us (default: every locale). */
    locale: z.string().min(2).optional(),
    /** With tokenEnv: API-token auth as `<email>/token`; without email the token is sent as an OAuth bearer token. */
    email: z.string().min(3).optional(),
    tokenEnv: tokenEnv.optional(),
  })
  .refine((source) => (source.path === undefined) !== (source.subdomain === undefined && source.baseUrl === undefined), {
    message: 'give either path (an export) or subdomain/baseUrl (fetched by `switchboard sync`), not both',
  });

const confluenceSource = z
  .strictObject({
    name,
    type: z.literal('confluence'),
    /** An export file or folder of REST content JSON; or leave it out and give baseUrl and spaceKey. */
    path: path.optional(),
    /** e.g. https://acme.atlassian.net/wiki */
    baseUrl: httpUrl.optional(),
    spaceKey: z.string().min(1).optional(),
    /** With tokenEnv: basic auth as `<email>:<token>` (Cloud); without email, a bearer personal access token. */
    email: z.string().min(3).optional(),
    tokenEnv: tokenEnv.optional(),
  })
  .refine((source) => (source.path === undefined) !== (source.baseUrl === undefined && source.spaceKey === undefined), {
    message: 'give either path (an export) or baseUrl and spaceKey (fetched by `switchboard sync`), not both',
  })
  .refine((source) => (source.baseUrl === undefined) === (source.spaceKey === undefined), {
    message: 'baseUrl and spaceKey go together',
  });

/** A source without `type` is a folder, so configs written before connectors existed stay valid. */
export const sourceSchema = z.preprocess(
  (value) => (typeof value === 'object' && value !== null && !('type' in value) ? { ...value, type: 'folder' } : value),
  z.discriminatedUnion('type', [folderSource, slackSource, zendeskSource, confluenceSource]),
);

export const sourcesSchema = z
  .array(sourceSchema)
  .default([])
  .superRefine((sources, context) => {
    const seen = new Set<string>();
    for (const [index, source] of sources.entries()) {
      if (seen.has(source.name))
        context.addIssue({ code: 'custom', path: [index, 'name'], message: `another source is already named '${source.name}'` });
      seen.add(source.name);
    }
  });

/** One configured source, as `switchboard sync` and `sources` see it. */
export type SourceConfig = z.infer<typeof sourceSchema>;
