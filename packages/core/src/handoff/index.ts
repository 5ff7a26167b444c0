/** Handoffs: the human desk (claim, reply, release), the handoff packet and the notices. */
export { buildHandoffPacket } from './build-handoff-packet.js';
export { handoffNotice, unavailableNotice } from './handoff-notice.js';
export { createHandoffDesk, type HandoffDesk, type HandoffDeskDependencies } from './handoff-desk.js';
