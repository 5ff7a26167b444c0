import { describe, expect, it } from 'vitest';
import { assignmentUnit } from './assignment-unit.js';

describe('assignmentUnit', () => {
  it('assigns by the verified customer id first, whatever device or conversation', () => {
    const identity = { customerId: 'cus_42' };
    expect(assignmentUnit({ id: 'conv_1', identity, deviceId: 'dev_1' })).toBe('customer:cus_42');
    expect(assignmentUnit({ id: 'conv_2', identity, deviceId: 'dev_2' })).toBe('customer:cus_42');
  });

  it('assigns an anonymous customer by the device the widget sent, across conversations', () => {
    expect(assignmentUnit({ id: 'conv_1', identity: null, deviceId: 'dev_7' })).toBe('device:dev_7');
    expect(assignmentUnit({ id: 'conv_2', identity: null, deviceId: 'dev_7' })).toBe('device:dev_7');
  });

  it('falls back to the conversation when there is neither, and never confuses a device with a customer of the same id', () => {
    expect(assignmentUnit({ id: 'conv_1', identity: null, deviceId: null })).toBe('conversation:conv_1');
    expect(assignmentUnit({ id: 'c', identity: { customerId: 'x' }, deviceId: null })).not.toBe(
      assignmentUnit({ id: 'c', identity: null, deviceId: 'x' }),
    );
  });
});
