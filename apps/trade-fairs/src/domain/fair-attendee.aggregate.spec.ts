import { DuplicateError } from '@ocop/common/errors/domain-errors';
import { randomUUID } from 'node:crypto';
import { attendeeId, FairAttendee } from './fair-attendee.aggregate';

describe('a fair attendee', () => {
  it('has one id per (fair, distributor), shaped as a UUID', () => {
    const fairId = randomUUID();
    const distributorId = randomUUID();
    const id = attendeeId(fairId, distributorId);
    expect(id).toBe(attendeeId(fairId, distributorId));
    expect(id).not.toBe(attendeeId(fairId, randomUUID()));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('registers once', () => {
    const fairId = randomUUID();
    const distributorId = randomUUID();
    const attendee = new FairAttendee(attendeeId(fairId, distributorId));
    attendee.register(fairId, distributorId);
    expect(attendee.view()).toEqual({ attendeeId: attendee.id, fairId, distributorId, version: 1 });
    expect(() => attendee.register(fairId, distributorId)).toThrow(DuplicateError);
    expect(() => new FairAttendee(randomUUID()).register(fairId, distributorId)).toThrow(
      'is not the one of fair',
    );
  });
});
