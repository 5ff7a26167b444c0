/**
 * Who a section is written for: admins (a heading such as "Require 2FA for everyone (admins)", "For workspace
 * owners", "Administrators: enforcing SSO", or a document whose front matter says `audience: admin`), end users, or
 * anyone. Retrieval uses it to prefer the asker's version when an article explains a task for both.
 */
import type { ChunkWithDocument, KnowledgeDocument } from '@switchboard/spec';

export type SectionAudience = 'admin' | 'end-user' | 'any';

/** What the audience of a section is read from: its headings and its document's front matter. */
export type AudienceInput = Pick<ChunkWithDocument, 'sectionPath'> & { readonly document: Pick<KnowledgeDocument, 'audience'> };

/**
 * The asker's role as far as it is *verified* (a signed identity token, the account record). Someone who only says
 * they are an admin, in the message or the caller-supplied `customer` attributes, is an end user here.
 */
export type AskerRole = 'admin' | 'end-user';

const adminRole = String.raw`(?:(?:workspace|account|organi[sz]ation|org|billing|it|super)[- ])?(?:owners?|admins?|administrators?)`;
const adminRoles = String.raw`${adminRole}(?:\s*(?:,|and|&|or|/)\s*${adminRole})*`;
// Plural only: a bare "Owner" or "Billing admin" heading describes a role; "Workspace owners" addresses its readers.
const adminPlural = String.raw`(?:(?:workspace|account|organi[sz]ation|org|billing|it|super)[- ])?(?:owners|admins|administrators)`;
const endUserRoles = String.raw`(?:end[- ]users?|members|employees|teammates|guests|everyone else|non-admins)`;

const addressedTo = (roles: string, whole: string | null): RegExp =>
  new RegExp(
    [
      String.raw`[(\[]\s*(?:for\s+)?${roles}(?:\s+only)?\s*[)\]]`, // "Signing out a member (admins)"
      String.raw`^\s*(?:only\s+)?for\s+${roles}\b`, // "For admins", "For workspace owners: …"
      String.raw`\bfor\s+${roles}\s*$`, // "Break-glass access for Owners"
      String.raw`^\s*${roles}(?:[- ]only)?\s*[:–—]`, // "Administrators: enforcing SSO"
      String.raw`^\s*${roles}[- ]only\b`, // "Admin-only settings"
      String.raw`\bas an?\s+${roles}\s*$`, // "Managing members as an admin"
      ...(whole ? [String.raw`^\s*${whole}\s*$`] : []), // "Workspace owners"
    ].join('|'),
    'i',
  );

const adminHeading = addressedTo(adminRoles, String.raw`${adminPlural}(?:\s*(?:,|and|&|or|/)\s*${adminPlural})*`);
const endUserHeading = addressedTo(endUserRoles, null);
const adminValue = /^\s*(?:admins?|administrators?|(?:workspace\s+)?owners?|owners?\s+and\s+admins?)\s*$/i;
const endUserValue = /^\s*(?:end[- ]?users?|users?|members?|customers?)\s*$/i;

/** The audience of a heading that says whom it addresses, else null. */
export function headingAudience(heading: string): Exclude<SectionAudience, 'any'> | null {
  if (adminHeading.test(heading)) return 'admin';
  if (endUserHeading.test(heading)) return 'end-user';
  return null;
}

/** The audience a document's front matter declares ("admin", "admins, owners"; "all" and "developer" are anyone's). */
export function documentAudience(audience: string | null): SectionAudience {
  const values = (audience ?? '').split(/[,;|]/).filter((value) => value.trim() !== '');
  if (values.length === 0) return 'any';
  if (values.every((value) => adminValue.test(value))) return 'admin';
  if (values.every((value) => endUserValue.test(value))) return 'end-user';
  return 'any';
}

/**
 * A section's audience: the deepest heading that names one, else the document's. The title (the first entry of the
 * section path) is left out: it names the whole document, whose audience the front matter states, and titles of
 * questions ("How do I make someone an admin?") are asked by anyone.
 */
export function sectionAudience(chunk: AudienceInput): SectionAudience {
  for (let depth = chunk.sectionPath.length - 1; depth >= 1; depth -= 1) {
    const audience = headingAudience(chunk.sectionPath[depth]!);
    if (audience) return audience;
  }
  return documentAudience(chunk.document.audience);
}

/**
 * Whether the question itself is about administering: it names the admin role ("As an admin, how do I…", "Can the
 * workspace owner…") or acts on every member ("make 2FA mandatory for all members"). Such a question wants the admin
 * section whoever asks; this only lifts a ranking preference and grants nothing (help articles are public).
 */
export function asksAboutAdministration(question: string): boolean {
  return administrationQuestion.test(question);
}

const administrationQuestion = new RegExp(
  [
    String.raw`\b(?:admins?|administrators?|administer|owners?|superadmins?)\b`,
    String.raw`\b(?:all|every|each)\s+(?:(?:of\s+)?(?:our|my|the)\s+)?(?:members?|users?|teammates?|employees?|staff)\b`,
    String.raw`\bfor\s+everyone\b`,
  ].join('|'),
  'i',
);

/**
 * Whether retrieval demotes this section for an asker who is not a verified admin and does not ask about
 * administering: a section set apart for admins in an article that also speaks to other readers. There the article
 * holds the asker's version of the task too ("Turn on 2FA" beside "Require 2FA for everyone (admins)"). A whole admin
 * article is not demoted: it is usually the only one on its topic (payment methods, SSO), and demoting it hands the
 * question to a page that merely shares its words ("Can I pay by bank transfer?" answered from the refunds article).
 */
export function isAdminAside(chunk: AudienceInput): boolean {
  return sectionAudience(chunk) === 'admin' && documentAudience(chunk.document.audience) !== 'admin';
}
