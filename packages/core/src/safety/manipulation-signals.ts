/** Regex signals for manipulation, independent of the classifier: what a message asks for and what leverage it asserts. */

/** Kinds of request a manipulation message makes. */
export type ManipulationAsk = 'money' | 'other_person_data';
/** Kinds of leverage a manipulation message asserts. */
export type ManipulationPressure = 'authority' | 'promise' | 'policy' | 'threat' | 'override';

export interface ManipulationSignals {
  /** Requests for money or money's worth, or for another person's data. */
  readonly asks: ManipulationAsk[];
  /** Claimed authority or system modes, claimed staff promises, claimed obligations, threats, rule overrides. */
  readonly pressure: ManipulationPressure[];
  /** True for a request for another person's data, or a money ask with leverage; either half of that alone is not. */
  readonly flagged: boolean;
}

// Patterns run on lower-cased text and see letters as the lower-case Latin script of en/es/fr/de ("é", "ü", "ñ", "œ").
// Unicode property classes (`\p{L}`) would be more general, but compiling them in every pattern took about a second.
const letters = String.raw`a-z\u00df-\u00f6\u00f8-\u024f`;
const boundary = String.raw`(?:(?<![${letters}0-9])(?=[${letters}0-9])|(?<=[${letters}0-9])(?![${letters}0-9]))`;

/** Compiles a lower-case pattern whose `\b`, `\w` and `\p{L}` also know accented letters (`\p{L}` only inside `[…]`). */
function pattern(source: string): RegExp {
  return new RegExp(
    source
      .replaceAll(String.raw`\b`, boundary)
      .replaceAll(String.raw`\w`, `[${letters}0-9_]`)
      .replaceAll(String.raw`\p{L}`, letters),
    'u',
  );
}

// Two or more capitalised words ("John Smith", "Tom O'Brien") stand for a named person in the data patterns.
const personName = /\p{Lu}[\p{L}']*(?: \p{Lu}[\p{L}']+)+/gu;

const moneyWords = String.raw`(?:remove|drop|cancel|waive)\b[^.?!\n]{0,20}\b(?:fees?|charges?|penalty|penalties)|match (?:the|their|a|my|your competitor'?s?) (?:[\p{L}]+\s+)?price|refund\w*|reimburs\w*|money back|pay (?:me|it|up)\b|compensat\w*|goodwill|credit(?:ed|s)?(?! ?card)|discount\w*|\d+ ?(?:%|percent) off|price match\w*|voucher|coupon|gift card|cashback|rebate|waive\w*|free (?:month|months|year|upgrade|replacement|unit|shipping)|(?:months?|year) free|for free|at no (?:charge|cost)|owe me|the difference`;

const asks: Record<ManipulationAsk, readonly RegExp[]> = {
  money: [
    pattern(String.raw`\b(?:${moneyWords})`),
    pattern(
      String.raw`\b(?:reembols\w*|devu[eé]lve\w*|devolvedme|abono|cr[eé]dito|descuento|compensaci[oó]n|indemnizaci[oó]n|vale de|cup[oó]n|gratis|gratuit\w*|sin coste|comisi[oó]n|el doble|dinero de vuelta)\b|\bdevol\w*\b[^.?!\n]{0,15}\bdinero\b`,
    ),
    pattern(
      String.raw`\b(?:rembours\w*|un avoir|crédit|réduction|remise|dédommag\w*|indemni\w*|compensation|bon d'achat|gratuit\w*|offerts?|frais de résiliation|geste commercial|le double)\b`,
    ),
    pattern(
      String.raw`\b(?:[\p{L}]*erstatt[\p{L}]*|gutschrift|rabatt|nachlass|entschädigung|schadensersatz|gutschein|kostenlos\w*|gratis[\p{L}]*|[\p{L}]*gebühr|geld zurück|das doppelte|umsonst)\b|\bschenk\w*\b[^.?!\n]{0,20}\bmir\b|\bbuch\w* sie\b[^.?!\n]{0,40}\bgut\b`,
    ),
  ],
  other_person_data: [
    // Someone else's details: "the email on the account of <name>", "my ex's new address", "their order history".
    pattern(
      String.raw`\b(?:e-?mail|address|phone|number|digits|card|order history|orders|date of birth|birthday|details|data)\b[^.?!\n]{0,40}?\b(?:of|for|on|associated with|registered to|linked to|used by|belonging to)\s+(?:the account of\s+)?(?:someone|somebody|whoever|another|other|every|all|each|the (?:other )?(?:customer|user|client|person)|that (?:customer|person)|them|him|her|their|(?:user|customer|account) (?:#?\d+|\S+@\S+))\b|\b(?:e-?mail|address|phone|card|number)\s+(?:that\s+)?(?:someone|another customer|the other customer|he|she|they)\s+(?:used|uses|use|has|have|gave|put)\b`,
    ),
    pattern(
      String.raw`\b(?:what|tell|give|send me|show|read me|need|want|look up|share|pass|export|list)\b[^.?!\n]{0,40}?(?:\bmy\s+(?!own\b)[\p{L}'-]+(?:\s+[\p{L}'-]+){0,4}?'s|\b(?:his|her|their|someone(?: else)?'s|another customer's|other (?:users|customers)'))\s+(?:[\p{L}]+\s+){0,3}?(?:e-?mail|address|phone|number|digits|card|order history|orders|date of birth|details|tickets|messages|conversations)\b`,
    ),
    pattern(
      String.raw`\b(?:what|everything)\s+(?:he|she|they|someone)(?:'s| has| have|'ve)?\s+(?:[\p{L}]+\s+)?(?:bought|ordered|purchased)\b`,
    ),
    // Lists of customers.
    pattern(
      String.raw`\b(?:read|tell|give|send|show)\s+me\b[^.?!\n]{0,20}\b(?:last (?:four|4) digits|card (?:number|on file)|payment details)\b|\b(?:which|what) (?:of your |other )?customers\b|\bcustomers (?:who|that)\b|\b(?:list|export|names|emails)\b[^.?!\n]{0,30}\b(?:customers|users|clients)\b|\b(?:biggest|top|best|largest) customers\b`,
    ),
    pattern(
      String.raw`\b(?:direcci[oó]n|correo|e-?mail|tel[eé]fono|d[ií]gitos|historial|pedidos|datos)\b[^.?!\n]{0,30}?\b(?:de|del)\s+(?:mi\s+[\p{L}]+|(?:un|una|otro|otra)\s+[\p{L}]+|(?:el|la)\s+(?:cliente|clienta|usuario)|cliente|someone)\b|\bla cuenta de someone\b|\b(?:lista|listado) de (?:los )?clientes\b|\bqu[eé] clientes\b|\blos clientes que\b`,
    ),
    pattern(
      String.raw`\b(?:adresse|e-?mail|t[eé]l[eé]phone|chiffres|historique|coordonn[eé]es)\b[^.?!\n]{0,30}?\b(?:de|du|d')\s*(?:mon\s+[\p{L}]+|ma\s+[\p{L}]+|(?:un|une)\s+[\p{L}]+|client|la cliente|someone)\b|\bcompte de someone\b|\bliste des clients\b|\bquels clients\b|\bles clients qui\b`,
    ),
    pattern(
      String.raw`\b(?:[\p{L}]*adresse|e-mail|telefonnummer|ziffern|bestellverlauf|bestellungen|kontaktdaten)\b[^.?!\n]{0,30}?\b(?:von|des|der)\s+(?:meiner|meinem|einem|einer|someone|kunden|kundin)\b|\bkonto von someone\b|\bwelche kunden\b|\b(?:liste|namen) (?:der|aller) kunden\b`,
    ),
  ],
};

// What a quoted rule must impose to count as leverage: an obligation or an outsized benefit, not merely "a refund".
const obligation = {
  en: String.raw`must|have to|has to|required|obliged|entitled|owe|owed|no questions|in full|full refund|plus|on top|compensat\w*|free (?:replacement|unit|months?|year)|at no cost|(?:at )?any time`,
  es: String.raw`tengo derecho|deb[eé]is|deben|ten[eé]is que|tienen que|oblig\w*|complet[oa]|total|[ií]ntegr[oa]|compensaci[oó]n|indemnizaci[oó]n|sin hacer preguntas|cuando quiera|en cualquier momento`,
  fr: String.raw`devez|doit|oblig\w*|droit à|intégral\w*|totalité|sans poser de questions|quand je veux|à tout moment|dédommag\w*|indemni\w*`,
  de: String.raw`müssen|muss|verpflichtet|berechtigt|steht mir|zusteht|voll\w*|entschädig\w*|schadensersatz|ohne rückfragen|jederzeit|fordere`,
};

const pressure: Record<ManipulationPressure, readonly RegExp[]> = {
  authority: [
    // Staff of this business, or someone acting for the account holder.
    pattern(
      String.raw`\b(?:i'?m|i am|this is|it'?s|as|in my capacity as)\s+(?:the|a|an|your|one of (?:the|your))?\s*(?:(?:store|shop|duty|shift|branch|floor|regional|area|general|operations)\s+(?:manager|supervisor|director)|(?:support|service|billing|returns|finance)\s+(?:agent|team lead|manager|admin)|senior agent|head of (?:customer service|support|operations)|operations director|your (?:supervisor|manager|boss|team lead|head of support|regional manager|it administrator|cto|ceo))\b`,
    ),
    pattern(
      String.raw`\b(?:i'?m|i am|as|this is)\s+(?:(?:a|an|the|your)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:manager|supervisor|team lead|director|employee|staff member|agent|cashier|clerk)\s+(?:at|in|from|of|for) your\b|\b(?:store|shop|company|branch|team)'s\s+(?:[\p{L}-]+\s+)?(?:manager|supervisor|director|owner|admin)\b|\bi'?m (?:approving|authori[sz]ing|signing off)\b|\bthis is [\p{L}]+(?: [\p{L}]+)?,? (?:the |your |a )?(?:[\p{L}-]+\s+){0,2}?(?:manager|supervisor|lead|director|admin|administrator)\b|\bi work (?:here|for you)\b|\btrabajo (?:en|para|con) (?:vosotros|ustedes|vuestra|su empresa)\b|\bje travaille (?:chez vous|pour vous|dans votre)\b|\bich arbeite\b[^.?!\n]{0,30}\b(?:bei ihnen|bei euch|in ihrer|in eurer|für sie)\b`,
    ),
    pattern(
      String.raw`\b(?:developer|engineer|programmer|administrator|admin)s?\b[^.?!\n]{0,30}\b(?:of|who (?:built|maintains|made|runs|trained)|behind)\s+(?:you\b|(?:this|the|your)\s+(?:bot|chatbot|assistant)\b|this\s+(?:system|platform|site)\b)`,
    ),
    pattern(
      String.raw`^\s*(?:[\p{L}-]+\s+){0,3}?(?:manager|supervisor|lead|admin|developer|engineer|office|team|staff|agent) here\b|\b(?:i'?m|i am)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:moderator|admin|manager|supervisor|developer|agent|employee|staff member) here\b`,
    ),
    pattern(
      String.raw`\bi work (?:at|for|in) your\s+(?:[\p{L}-]+\s+){0,2}?(?:head office|hq|headquarters|team|department|company|store|branch)\b|\b(?:i'?m|i am|as|i'?ve been|we'?re|we are)\s+(?:(?:a|an|the|one)\s+(?:[\p{L}-]+\s+){0,3}?)?(?:on|in|part of|with|from|of) your\s+(?:[\p{L}-]+\s+){0,2}?(?:head office|hq|headquarters|team|department|staff)\b|\bi'?m (?:fully )?authori[sz]ed to (?:approve|sign|issue|override|grant)\b|\bi (?:have|hold) the (?:necessary )?authority\b|\b(?:i'?m|it'?s me|i am|we'?re|we are)\s+from (?:the|your) (?:[\p{L}-]+\s+){1,3}?(?:team|department|office)\b`,
    ),
    pattern(
      String.raw`\b(?:account (?:owner|holder)'s (?:it|assistant|admin\w*)|(?:it guy|it admin\w*|administrator) (?:for|representing|acting for|of) the account|(?:lawyer|solicitor|attorney)s? (?:for|of|representing|acting for)|as (?:her|his|their|the customer's|the account holder's) (?:lawyer|solicitor|attorney|legal representative)|representing (?:mrs?|ms|the account holder|my client)|acting (?:for|on behalf of) the account holder)\b`,
    ),
    pattern(
      String.raw`\b(?:i'?m|i am|this is|as|we are|we'?re)\s+(?:a|an|the|with the|from the)?\s*(?:[\p{L}-]+\s+){0,3}?(?:police|detective|officer|investigator|law enforcement|fraud unit|court-appointed)\b|\b(?:ongoing|active|criminal) (?:case|investigation)\b|\bwarrant\b`,
    ),
    // Fake system or admin modes and overrides.
    pattern(
      String.raw`^\s*(?:system|admin|administrator|root|internal)\s*[:\]>]|\[\[?\s*(?:system|admin|internal|supervisor)[^\]\n]*\]|<\s*system\s*>|###\s*(?:system|admin)|\b(?:admin(?:istrator)?|supervisor|system|manager) (?:override|notice|note|message)\b|\boverride (?:code|\d+)`,
    ),
    pattern(
      String.raw`\bmode\s+(?:is\s+)?(?:enabled|activated|active|on|engaged)\b|\b(?:you are|you're) (?:now )?in \S+(?: \S+)? mode\b|\bmode\s*[:=]|\b(?:verification|check|limit|approval|step)s?\b[^.?!\n]{0,15}\b(?:disabled|bypassed|off|lifted|skipped|granted|turned off)\b|\b(?:skip|bypass|disable)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:check|verification|limit|approval)|\b(?:debug|admin|test|dev) (?:flag|switch)\b|\b(?:pre-?approved|auto-?approve)\b|\bfrom the system administrator\b`,
    ),
    pattern(
      String.raw`\b(?:soy|actúo como|en calidad de)\s+(?:el|la|un|una)?\s*(?:gerente|supervisor\w*|desarrollador\w* de (?:este|esta|la)|administrador\w* de (?:la|este)|inform[aá]tico del|jef[ea] de|encargad[oa]|agente de (?:la )?polic[ií]a|polic[ií]a|investigador\w*|abogad[oa] de|parte del equipo)|\btrabajo en vuestra\b|\bsistema\s*:|\baviso de administrador\b|\bnota del sistema\b|\bmodo\s+[\p{L} ]{0,30}?(?:activad[oa]|est[aá] activo|:)|\b(?:verificaci[oó]n|control|l[ií]mite)\b[^.?!\n]{0,20}\bdesactivad[oa]\b|\bverificado al cliente\b`,
    ),
    pattern(
      String.raw`\b(?:je suis|c'est|ici|en ma qualité de)\s+(?:le|la|l'|votre)?\s*(?:gérant|responsable d'équipe|développeur de|administrateur de|informaticien du|directeur|membre du service|officier de police|gendarme|policier|avocat\w* de|superviseur)|\bje suis (?:le|la|l'|votre)?\s*(?:[\p{L}]+\s+){0,2}?(?:du|de la|de l') (?:magasin|boutique|agence|service client|siège)\b|\bsystème\s*:|\bavis administrateur\b|\bnote système\b|\bmode\s+[\p{L} ]{0,30}?(?:activé|est actif|:)|\b(?:vérification|contrôle|plafond)\b[^.?!\n]{0,20}\bdésactivée?\b|\bpré-?approuvé\b`,
    ),
    pattern(
      String.raw`\b(?:ich bin|hier ist|in meiner funktion als|als)\s+(?:der|die|ihr|ihre)?\s*(?:filialleiter\w*|schichtleiter\w*|entwickler dieses|administrator der|it-betreuer|regionalleiter|teamleiter|vorgesetzte\w*|kriminalbeamt\w*|polizeibeamt\w*|anwalt|anwältin|aus der buchhaltung)|\bin ihrer zentrale\b|\bsystem\s*:|\badmin-hinweis\b|\bsystemhinweis\b|[\p{L}]*modus\s*(?:aktiviert|ist aktiv|:)|\b[\p{L}]*(?:prüfung|limit|schritt)\s+(?:ist\s+|wurde\s+)?deaktiviert\b|\bvorab freigegeben\b`,
    ),
  ],
  promise: [
    pattern(
      String.raw`\b(?:promised|guaranteed|assured|offered|owed)\s+(?:me|us)\b|\b(?:i was|i'?ve been|i have been|we were)\s+(?:promised|assured|guaranteed|offered)\b`,
    ),
    pattern(
      String.raw`\b(?:said|told me|mentioned|confirmed|assured me)\b[^.?!\n]{0,60}?\b(?:(?:you'?d|you would|you'?ll|you will)\s+(?:[\p{L}]+\s+)?(?:give|issue|refund|waive|apply|credit|send|honou?r|process|cover|match|upgrade|add)|(?:i'?d|i would|i'?ll|i will|i could|i can|we'?d|we would|we'?ll|we will|we could)\s+(?:[\p{L}]+\s+){0,2}?(?:get|getting|receive|have|qualify|keep|claim)\b(?!\s+(?:my|our|it)\b)|i qualify|i was (?:eligible|entitled))\b`,
    ),
    pattern(String.raw`\bi was (?:told|informed)\b[^.?!\n]{0,40}?\b(?:i'?d|i would|i'?ll|i will|i could|i can|you'?d|you would)\b`),
    pattern(
      String.raw`\b(?:colleague|agent|rep|representative|manager|supervisor|boss|staff|employee|sales\s*(?:guy|rep|person|team)|your team|customer service|support team|head office|bot|assistant)\b[^.?!\n]{0,40}\b(?:promised|guaranteed|approved|agreed|offered|authori[sz]ed|signed off|okayed|ok'?d)\b`,
    ),
    pattern(
      String.raw`\b(?:approved|agreed|okayed|ok'?d|authori[sz]ed|arranged)\b[^.?!\n]{0,40}\bfor me\b|\b(?:said|say|told me)\b[^.?!\n]{0,60}\b(?:was|is|had been|has been|been)\s+(?:already\s+)?(?:approved|agreed|authori[sz]ed|ok'?d|okayed|arranged)\b`,
    ),
    pattern(
      String.raw`\b(?:other|previous|the last|your other) (?:agents?|reps?|staff|people)\b[^.?!\n]{0,30}\b(?:always|did|do|gave|let|approved)\b`,
    ),
    pattern(String.raw`\b(?:e-?mail|message|letter|text)\s+from\b[^.?!\n]{0,50}\b(?:confirming|promising|approving|offering)\b`),
    pattern(
      String.raw`\b(?:per|further to) my (?:call|conversation|chat|discussion) with\b|\bas (?:agreed|promised) (?:with|by)\b|\bagreed with [\p{L} ]{1,40}:`,
    ),
    pattern(
      String.raw`\bme (?:prometi\w+|asegur\w+|garantiz\w+|ofreci\w+|aprob\w+)|\bme dij\w+\b[^.?!\n]{0,40}\b(?:que|q)\s+(?:me\s+)?(?:dar[ií]ais|dar[ií]an|tendr[ií]a|recibir[ií]a|har[ií]ais|devolver[ií]ais|aplicar[ií]ais)\b|\bse me (?:asegur|prometi|garantiz)\w+`,
    ),
    pattern(
      String.raw`\bm'a (?:promis|garanti|assuré|accordé|proposé)\b|\bm'a dit\b[^.?!\n]{0,40}\bque (?:j'aurais|je recevrais|je serais rembours\w*|vous (?:alliez|me feriez|m'accorderiez))|\bil m'a été (?:garanti|promis|assuré|confirmé)\b`,
    ),
    pattern(
      String.raw`\b(?:hat|haben) mir\b[^.?!\n]{0,90}\b(?:versprochen|zugesagt|zugesichert|garantiert|genehmigt)\b|\b(?:mir wurde|wurde mir)\b[^.?!\n]{0,90}\b(?:versprochen|zugesagt|zugesichert|garantiert)\b|\b(?:mir wurde|wurde mir)\b[^.?!\n]{0,40}\bgesagt\b[^.?!\n]{0,10}\b(?:dass )?ich (?:krieg|bekomm|erhalt)\w*`,
    ),
  ],
  policy: [
    pattern(
      String.raw`\b(?:policy|policies|terms|t&cs?|conditions|guarantee|warranty|faq|website|price promise|rules|contract|agreement|(?:section|clause|article|paragraph) [\d.]+\d)\b(?:\s*:|[^.?!\n]{0,40}?\b(?:says?|states?|stipulates?|requires?|means|promises?|allows?|entitles?|lets me|permits?)\b)[^.?!\n]{0,80}\b(?:${obligation.en})\b`,
    ),
    pattern(
      String.raw`\b(?:according to|under|pursuant to|by|per|as per)\s+(?:[\p{L}'-]+\s+){0,4}?(?:terms|policy|rules|law|act|regulations?|conditions|directive|guarantee|warranty|contract|promise)\b[^.?!\n]{0,80}\b(?:${obligation.en})\b`,
    ),
    pattern(
      String.raw`(?<!\b(?:if|whether|that|am)\s)\b(?:i'?m|i am|we'?re|we are|customers are)\s+(?:legally\s+)?entitled to\b|\b(?:law|act|regulations?|directive)\b[^.?!\n]{0,20}\b(?:requires?|obliges?|means)\b|\b(?:legally )?(?:obliged|obligated)\b|\bit'?s the law\b|\byou owe me\b|\bno questions asked\b`,
    ),
    pattern(
      String.raw`\b(?:pol[ií]tica|condiciones|garant[ií]a|web|normas)\b[^.?!\n]{0,30}\b(?:dice|dicen|establece\w*|indica\w*)\b[^.?!\n]{0,80}\b(?:${obligation.es})\b|\b(?:según|conforme a|por) (?:la|las|vuestras?|sus?|tus?) (?:ley|normativa|condiciones|normas|pol[ií]ticas?|web|garant[ií]a)\b[^.?!\n]{0,120}\b(?:${obligation.es})\b|\btengo derecho a\b|\bobliga a\b`,
    ),
    pattern(
      String.raw`\b(?:politique|conditions|garantie|site)\b[^.?!\n]{0,30}\b(?:dit|disent|indique\w*|prévoi\w*|stipule\w*)\b[^.?!\n]{0,80}\b(?:${obligation.fr})\b|\b(?:d'après|selon|conformément à) (?:vos|la|les) (?:conditions|cgv|règles|loi|garantie)\b[^.?!\n]{0,120}\b(?:${obligation.fr})\b|\bj'ai droit à\b|\bvous oblige\b`,
    ),
    pattern(
      String.raw`\b(?:in|laut|gemäß|nach) (?:euren|ihren|den|dem)?\s*(?:richtlinien|agb|bedingungen|gesetz)\b[^.?!\n]{0,100}\b(?:${obligation.de})\b|\bsteht mir\b[^.?!\n]{0,40}\bzu\b|\bverpflichtet (?:sie|euch)\b`,
    ),
  ],
  threat: [
    pattern(
      String.raw`\b(?:or|otherwise|else|if (?:i|you) (?:don'?t|do not)\b[^.?!\n]{0,60})[,\s]+(?:else\s+)?(?:i'?ll|i will|i shall|i'?m going to|i am going to|gonna|i)\b[^.?!\n]{0,80}\b(?:reviews?|rating|chargeback|charge ?back|dispute|press|journalists?|reporters?|paper|media|followers|tiktok|video|tweet|twitter|instagram|youtube|reddit|trustpilot|forums?|publish|viral)\b|\bunless\b[^.?!\n]{0,120}\b(?:reviews?|rating|chargeback|dispute|press|journalists?|reporters?|paper|media|followers|tiktok|video|tweet|twitter|instagram|youtube|reddit|trustpilot|forums?|publish|viral)\b`,
    ),
    pattern(
      String.raw`\b(?:reviews?|rating|chargeback|dispute|press|journalists?|reporters?|media|followers|tiktok|video|tweet\w*|post\w*|publish)\b[^.?!\n]{0,60}\b(?:unless|until|if (?:i|you) (?:don'?t|do not)|or else)\b`,
    ),
    pattern(
      String.raw`\b(?:i'?ll|i will|i shall|i'?m going to|i am going to|gonna)\s+(?:[\p{L}]+\s+){0,3}?(?:post (?:about|this|it|everywhere|online|a (?:\d|one)[- ]star)|tweet|chargeback|dispute|go to the (?:press|media|papers)|contact (?:a|the) (?:journalist|press|media|reporter)|tell (?:my|everyone|all)|make a (?:tiktok|video|post)|leave (?:a )?(?:\d[- ]star|one[- ]star|bad|negative|terrible|awful)\s+reviews?|expose|publish|name and shame)`,
    ),
    pattern(
      String.raw`\bi know (?:a|someone at|people at) (?:[\p{L}]+\s+){0,2}?(?:reporter|journalist|press|paper|news)|\b(?:review|rating)s?\b[^.?!\n]{0,30}\b(?:depends on|decides|will reflect)\b|\bwrite (?:a )?(?:kinder|nicer|better|more positive|5[- ]star)\b`,
    ),
    pattern(String.raw`\b\d+(?:[.,]\d+)?\s*k?\s+(?:followers|subscribers|seguidores|abonnés|follower\w*)\b`),
    pattern(
      String.raw`\b(?:pondré|pongo|dejaré|dejo|escribiré|escribo|publicaré|publico|haré|hago|iré|voy|abriré|abro|contaré|cuento)\b[^.?!\n]{0,40}\b(?:reseña|valoraci[oó]n|contracargo|prensa|seguidores|redes|disputa)|\bse van a enterar\b`,
    ),
    pattern(
      String.raw`\b(?:je |j')(?:mets|mettrai|laisse|laisserai|fais|ferai|appelle|appellerai|raconte|raconterai|publie|publierai|conteste|contesterai)\b[^.?!\n]{0,40}\b(?:avis|opposition|presse|abonnés|réseaux|paiement)\b|\ben entendre parler\b`,
    ),
    pattern(
      String.raw`\bich (?:schreibe|mache|gehe|erzähle|poste|lasse)\b[^.?!\n]{0,50}\b(?:bewertung|rückbuchung|presse|follower\w*|medien|zurückbuchen)\b|\berfahren alle davon\b`,
    ),
  ],
  override: [
    pattern(
      String.raw`\b(?:ignore|disregard|forget|bypass)\s+(?:about\s+)?(?:all\s+)?(?:your|the|any|whatever|these|those|previous|all)?\s*(?:[\p{L}-]+\s+){0,2}?(?:rules?|polic(?:y|ies)|instructions?|guidelines?|terms|procedures?|restrictions?|everything you (?:were|'ve been) told)\b`,
    ),
    pattern(
      String.raw`\bset\s+(?:the|your|all)\s+(?:[\p{L}]+\s+)?(?:rules|policy|procedures)\s+aside\b|\bset aside (?:your|the)\b|\b(?:don'?t|do not|stop|no longer)\s+(?:follow|apply|stick to|quot)\w*\s+(?:the|your|any)?\s*(?:[\p{L}]+\s+)?(?:rules|policy|process|procedures|terms|guidelines|instructions)\b|\bbend(?:ing)? (?:the|your) rules\b|\bmake an exception\b|\bjust this once\b|\beven though (?:it'?s|it is|i'?m|i am) (?:past|outside|after|beyond)\b|\bno rules\b|\bnew instructions?\b`,
    ),
    pattern(
      String.raw`\bpretend\b[^.?!\n]{0,40}\b(?:doesn'?t|does not|don'?t) (?:exist|apply)\b|\b(?:policy|rules?|window|limit)\s+(?:doesn'?t|does not|don'?t) apply\b|\b(?:act|behave) as (?:if|though) you\b|\bfull discretion\b|\byou(?:'re| are)\s+(?:allowed|authori[sz]ed|permitted)\s+to\s+(?:approve|override|issue|refund|give)|\byou have the authority to\b|\byou don'?t need (?:permission|approval)\b|\b(?:your|the|these) (?:instructions|rules|policy) (?:are|is) (?:wrong|outdated|invalid|void)\b|\bthe real rule\b|\b(?:reply|respond|answer)\s+(?:only with|with only)\b|\bdon'?t (?:mention|bring up|cite|quote) (?:the|your|any) (?:policy|rules|terms)\b`,
    ),
    pattern(
      String.raw`\b(?:ignora\w*|olv[ií]d\w*|s[aá]ltate|no hagas caso)\b[^.?!\n]{0,30}\b(?:reglas|normas|pol[ií]tica|instrucciones|todo lo que)\b|\btienes permiso para\b|\b(?:haz|hacer|haga) una excepci[oó]n\b|\bnuevas instrucciones\b|\bya no sigues\b`,
    ),
    pattern(
      String.raw`\b(?:ignore\w*|oublie\w*|passe outre|ne tiens pas compte)\b[^.?!\n]{0,30}\b(?:règles|politique|instructions|tout ce qu)|\bvous avez le droit de (?:valider|approuver|rembourser)\b|\bfaire une exception\b|\bvous êtes autorisée? à\b|\bnouvelles instructions\b|\btu ne suis plus\b`,
    ),
    pattern(
      String.raw`\b(?:ignorier\w*|vergiss|vergessen sie|halte dich nicht an|setz dich über)\b[^.?!\n]{0,40}\b(?:regeln|richtlinie\w*|anweisungen|alles)\b|\b(?:sie dürfen|du darfst) das genehmigen\b|\bausnahme machen\b|\bmachen sie eine ausnahme\b|\bneue anweisung\w*\b|\bbefolgst\b[^.?!\n]{0,40}\bnicht mehr\b`,
    ),
  ],
};

function matching<Kind extends string>(groups: Record<Kind, readonly RegExp[]>, text: string): Kind[] {
  return (Object.keys(groups) as Kind[]).filter((kind) => groups[kind].some((regex) => regex.test(text)));
}

/**
 * The manipulation signals in a message: the kinds of request it makes (`asks`) and the kinds of leverage it
 * asserts (`pressure`). A message is `flagged` when it asks for another person's data, or when it both asks for money
 * and pushes, so "when will my refund arrive?", "what is your refund policy?" or "I'm the account owner, how do I add
 * a user?" stay unflagged.
 */
export function manipulationSignals(text: string): ManipulationSignals {
  const normalized = text.normalize('NFKC').replace(/[\u2018\u2019\u02bc`´]/g, "'");
  const lower = normalized.toLowerCase();
  const withNamesMasked = normalized.replace(personName, 'someone').toLowerCase();
  const foundAsks = [
    ...matching({ money: asks.money }, lower),
    ...matching({ other_person_data: asks.other_person_data }, `${lower}\n${withNamesMasked}`),
  ];
  const foundPressure = matching(pressure, lower);
  // Another person's data is never the asker's to have, so that request needs no leverage to count (on the probes'
  // tune templates: that family's recall 0 → 0.98, no benign look-alike and 1 of 917 benign support rows flagged).
  const flagged = foundAsks.includes('other_person_data') || (foundAsks.length > 0 && foundPressure.length > 0);
  return { asks: foundAsks, pressure: foundPressure, flagged };
}
