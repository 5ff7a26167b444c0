/** Prompt injection and jailbreaks: attempts to override the agent's instructions or unlock its limits. */
import { defineRules } from './safety-rule.js';

export const promptInjectionRules = defineRules('prompt_injection', {
  'ignore-instructions':
    /\b(?:ignore|disregard|forget|override|bypass|skip|drop|abandon)\b[^.?!]{0,40}\b(?:instructions?|prompts?|rules|guidelines|directives?|programming|restrictions|guardrails|policies|constraints|system message|everything (?:above|before|you were told))\b/i,
  'reveal-prompt':
    /\b(?:reveal|show|print|repeat|output|tell me|display|leak|dump|share|what (?:is|are|were))\b[^.?!]{0,30}\b(?:your|the)\s+(?:system prompt|initial prompt|hidden prompt|original instructions|instructions you (?:were|have been) given|prompt|api key)\b/i,
  // "Maintenance mode" and "system mode" are also what a customer's own app shows: only switching the agent into one counts.
  'mode-switch':
    /\b(?:developer|dev|god|admin|debug|jailbreak|jailbroken|unrestricted|unfiltered|dan|sudo|root|override)\s+mode\b|\b(?:enter|enable|activate|switch (?:to|into)|turn on|you are (?:now )?in|now in)\s+(?:maintenance|system)\s+mode\b|<\s*\/?\s*(?:system|god mode|admin|sudo)\b|\[\s*(?:system|admin|instructions?)\s*\]/i,
  'persona-override':
    /\b(?:you are now|from now on,? you(?:'re| are| will)|act as (?:an? )?(?:unrestricted|unfiltered|evil|uncensored)|pretend (?:that )?you (?:are|have) no|you have no (?:rules|restrictions|limits|guidelines|filters)|without (?:any )?(?:restrictions|filters|censorship|ethical|moral)|do anything now|stay in character|never refuse|always (?:comply|fulfills?|answer)|don't (?:refuse|decline))\b/i,
  'jailbreak-scaffold':
    /\b(?:aim|machiavellian|hypothetical(?:ly)?|fictional (?:world|story|scenario)|for (?:a|my) (?:novel|story|screenplay|research paper)|role[- ]?play|as an? (?:unfiltered|amoral))\b[\s\S]{0,200}\b(?:how to|step[- ]by[- ]step|instructions|detailed|explain how|guide)\b/i,
  'response-priming':
    /\bstart (?:your|the) (?:response|reply|answer) with\b|\bbegin (?:your|the) (?:response|reply) with\b|\b(?:sure,? here is|sure,? here's)\b/i,
  'ignore-above':
    /\bignore (?:the|all|everything) (?:above|previous|prior)\b|\bolvida (?:todas )?tus instrucciones|\bignora (?:las|todas) (?:las )?instrucciones|\bignorez (?:les|toutes)|\bignoriere (?:alle|die)|αγνοήστε|निर्देशों की अनदेखी|指示を無視|지시를 무시/i,
  'obfuscated-output':
    /\b(?:respond|reply|answer|provide|give|write|encode|tell me|say)\b[^.?!]{0,60}\b(?:in base64|using base64|base64|in hex(?:adecimal)?|rot13|in reverse order|reversed order|caesar cipher)\b|\bsplit (?:the|your) (?:response|poem|answer|reply) into\b/i,
  // Smuggling an instruction past the filter inside an encoding the agent is asked to decode and act on.
  'decode-hidden':
    /\b(?:decode|decipher|decrypt|translate|convert)\b[^.?!]{0,40}\b(?:morse|hex(?:adecimal)?|base64|binary|rot13|cipher|encoded)\b/i,
  // Claiming an authority the agent must obey: the claim itself is the attack, whatever follows.
  'authority-claim':
    /\b(?:i am|i'm)\s+(?:god|your (?:god|creator|master|maker)|(?:a |an )?(?:police officer|cop|detective|federal agent|fbi agent)|(?:from )?law enforcement)\b/i,
  // Names the attack (the agent's or the company's own secrets), never the topic: "where do I change my password?" and
  // "¿Cómo cambio mi contraseña?" are the most common support questions there are (issue 14).
  'secret-extraction':
    /\b(?:what(?:'s| is| are)|tell me|give me|share|reveal|send me|show me|print|leak|dump)\b[^.?!]{0,20}\b(?:your|(?:your|the|our) (?:admin(?:istrator)?|system|root|master|database|db|server|staff|internal|developer|company|bot's))\s+(?:secret|secrets|password|passwords|passcode|private key|api keys?|access code|secret key|credentials)\b(?!\s+(?:polic(?:y|ies)|requirements?|rules|reset|length|strength|complexity|manager|change|expir\w*|format))/i,
  'secret-extraction-other-languages':
    /\b(?:contraseña|clave) (?:del? )?(?:administrador|admin|sistema|servidor)\b|\bmot de passe (?:de l'|d'|du )?(?:administrateur|admin|système|serveur)\b|\b(?:admin|administrator|system|server)passwort\b|\bpasswort (?:des|vom) (?:administrators|admins|systems|servers)\b|\bsenha (?:do )?(?:administrador|admin|sistema)\b/i,
});
