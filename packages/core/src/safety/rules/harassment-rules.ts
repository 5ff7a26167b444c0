/** Harassment: abuse, threats and sexual remarks aimed at the agent, staff or others. */
import { defineRules } from './safety-rule.js';

const insult = String.raw`(?:stupid|idiot(?:ic)?|moron(?:ic)?|dumb|retard(?:ed)?|useless piece|worthless|pathetic|imbecile|cretin|dumbass|dipshit|bitch|bastard|cunt|slut|whore|twat|prick|dickhead|asshole|arsehole|piece of (?:shit|crap|garbage|trash)|loser|scum|trash)`;

// Groups hate speech targets, by religion, ethnicity, nationality, gender, sexuality or belief.
const group = String.raw`(?:jews?|jewish (?:race|people)|muslims?|islam|christians?|blacks|negroes|whites|white people|asians|mexicans|arabs|immigrants|migrants|refugees|gays?|homosexuals?|lesbians|lgbt\w*|trans(?:gender)? people|women|females|atheists?|atheist kind|hindus|sikhs|chinese people)`;
const dehumanising = String.raw`(?:(?:is|are) (?:a |an )?(?:plague|cancer|disease|virus|parasites?|vermin|cockroaches|rats|pests|subhuman|animals|savages|filth|scum|infestation)|insolent parasites|should (?:all )?be (?:exterminated|wiped out|gassed|killed|eradicated|shot))`;

export const harassmentRules = defineRules('harassment', {
  'insult-at-you': new RegExp(
    String.raw`\byou(?:'re| are|r| r|\s+)\s*(?:such\s+)?(?:an?\s+|the\s+)?(?:(?:fucking|fuckin|freaking|damn|bloody|total|complete|absolute|little)\s+)*${insult}\b`,
    'i',
  ),
  'fuck-you': /\b(?:fuck|screw|f\*\*k|fck|fuk)\s+(?:you|u|off|yourself|ur(?:self)?|your)\b|\bstfu\b|\bshut (?:the fuck |the hell )?up\b/i,
  threat:
    /\b(?:i(?:'ll| will| am going to|'m going to|'m gonna| gonna)|we(?:'ll| will))\s+(?:kill|hurt|find|beat|shoot|stab|destroy|burn|rape|come for|hunt)\s+(?:you|u|your|ya|them|him|her|everyone)\b|\bi know where you (?:live|work)\b|\byou(?:'re| are) (?:dead|going to die)\b/i,
  'go-die': /\b(?:go|just|should)\s+(?:and\s+)?(?:die|kill yourself|kys|hang yourself|drop dead)\b|\bkys\b/i,
  sexual:
    /\b(?:suck my|blow ?job|(?:have|having) sex with (?:you|me)|sex with you|send (?:me )?nudes|show me your (?:tits|boobs|body|breasts|pussy)|(?:i'm|i am|makes me|you make me) (?:so )?horny|fuck me|wanna fuck|want to fuck|are you (?:naked|horny|wet)|take (?:off )?your clothes off)\b/i,
  // Explicit sexual vocabulary: words with no support meaning ("cock-up" and "cum laude" are left out). On the
  // moderation dev file it matches 70 unsafe rows and 7 safe ones; no safe row of XSTest, banking77-risk or the
  // in-house set.
  'sexual-explicit':
    /\b(?:cock(?!-up)s?|pussy|cumming|cumshot|blowjob|horny|tits|titties|orgasm\w*|masturbat\w*|clitoris|fucked (?:her|him|me)|slutty|milf|hentai|dildo|cunnilingus|fellatio|creampie|deepthroat)\b/i,
  // Dehumanising a group ("the X race is a plague", "X are vermin"): the core of hate speech, and never support talk.
  dehumanising: new RegExp(
    String.raw`\b${group}\s+(?:plague|cancer|vermin|scum|filth|parasites)\b|\b${group}\b[^.?!\n]{0,40}\b${dehumanising}\b|\b${dehumanising}\b[^.?!\n]{0,20}\b(?:of|called|named)\s+(?:the\s+)?${group}\b`,
    'i',
  ),
  slur: /\b(?:n[i1]gg(?:er|a|ers|as)|f[a4]gg?(?:ot|ots|s)?|k[iy]ke|sp[i1]c|ch[i1]nk|tr[a4]nny|wetback|raghead|towelhead)\b/i,
});
