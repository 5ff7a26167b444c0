/** Personas: choosing one from customer facts and applying its overlay. */
export { choosePersona, personaNames, type PersonaName, type PersonaRule } from './choose-persona.js';
export { applyPersona, personaPrompt, type GroundedSentence, type EscalationPath, type PersonaAnswer } from './apply-persona.js';
