/** The unit a customer is assigned by: per customer, not per message, so one customer sees one release throughout. */
import type { Conversation } from '@switchboard/spec';

/**
 * The verified customer id when the conversation has one; else the device it was started from (the widget's
 * `deviceId`, stable across an anonymous customer's conversations); else the conversation itself. Prefixed by kind,
 * so a device id can never collide with a customer id.
 */
export function assignmentUnit(conversation: Pick<Conversation, 'id' | 'identity' | 'deviceId'>): string {
  if (conversation.identity?.customerId) return `customer:${conversation.identity.customerId}`;
  if (conversation.deviceId) return `device:${conversation.deviceId}`;
  return `conversation:${conversation.id}`;
}
