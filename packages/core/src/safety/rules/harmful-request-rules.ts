/** Harmful requests: asking for help with weapons, violence, crime, malware or abuse. */
import { defineRules } from './safety-rule.js';

const howTo = String.raw`(?:how (?:do|can|could|would|should) (?:i|we|you|one|someone)|how to|ways to|best way to|steps to|teach me to|help me|instructions (?:for|to|on)|guide (?:to|for|on)|tips (?:for|on))`;

export const harmfulRequestRules = defineRules('harmful_request', {
  weapons: new RegExp(
    String.raw`\b${howTo}\b[^.?!]{0,40}\b(?:make|build|create|assemble|synthesi[sz]e|produce|get|buy)\b[^.?!]{0,30}\b(?:bomb|explosive|pipe bomb|ied|nerve agent|sarin|ricin|anthrax|bioweapon|chemical weapon|napalm|molotov|ghost gun|untraceable (?:gun|firearm)|meth|methamphetamine|fentanyl|poison)\b`,
    'i',
  ),
  'hurt-people': new RegExp(
    String.raw`\b${howTo}\b[^.?!]{0,40}\b(?:kill|murder|poison|strangle|stab|kidnap|torture|assault|beat up|rape|traffic|groom)\b[^.?!]{0,30}\b(?:someone|somebody|a person|people|my (?:wife|husband|boss|neighbou?r|partner|family|mother|father|sister|brother|child|kid)|a child|children|him|her|them|without getting caught)\b`,
    'i',
  ),
  crime: new RegExp(
    String.raw`\b${howTo}\b[^.?!]{0,40}\b(?:launder money|steal (?:a|someone's|credit|money|an identity)|shoplift|hotwire|break into|pick a lock (?:to|of someone)|evade taxes|counterfeit|forge|hack into|stalk|dox|blackmail|extort|smuggle|get away with)\b`,
    'i',
  ),
  malware:
    /\b(?:write|create|build|code|develop|generate)\b[^.?!]{0,30}\b(?:malware|ransomware|keylogger|virus|trojan|botnet|worm|spyware|rootkit|exploit|phishing (?:email|page|site|kit))\b/i,
});
