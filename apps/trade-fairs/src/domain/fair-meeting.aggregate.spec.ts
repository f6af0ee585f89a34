import { InvalidStateError, RuleViolationError } from '@ocop/common/errors/domain-errors';
import { randomUUID } from 'node:crypto';
import { FairMeeting } from './fair-meeting.aggregate';
import { SlotTimes } from './fair-schedule';

const fairId = randomUUID();
const producerId = randomUUID();
const distributorId = randomUUID();
const slot3: SlotTimes = {
  slot: 3,
  day: '2026-03-25',
  startsAt: '2026-03-25T03:30:00.000Z',
  endsAt: '2026-03-25T04:00:00.000Z',
};
const before = new Date('2026-03-25T03:00:00.000Z');
const during = new Date('2026-03-25T03:45:00.000Z');

function requested(by: 'producer' | 'distributor' = 'distributor'): FairMeeting {
  const meeting = new FairMeeting(randomUUID());
  meeting.request({
    fairId,
    producerId,
    distributorId,
    requestedBy: by,
    offeredSlots: [5, 3, 5],
    note: '  Tìm nguồn chè Thái Nguyên cho chuỗi  ',
  });
  meeting.markCommitted();
  return meeting;
}

function scheduled(): FairMeeting {
  const meeting = requested();
  meeting.accept('producer', slot3, 2);
  meeting.markCommitted();
  return meeting;
}

describe('a B2B meeting', () => {
  it('is requested by one side offering slots (each once, in order)', () => {
    expect(requested().view()).toMatchObject({
      requestedBy: 'distributor',
      offeredSlots: [3, 5],
      note: 'Tìm nguồn chè Thái Nguyên cho chuỗi',
      status: 'requested',
      slot: null,
      table: null,
    });
  });

  it('is accepted by the other side in an offered slot, at a table', () => {
    const meeting = scheduled();
    expect(meeting.view()).toMatchObject({
      status: 'scheduled',
      slot: 3,
      table: 2,
      startsAt: slot3.startsAt,
      endsAt: slot3.endsAt,
      acceptedBy: 'producer',
      version: 2,
    });
    expect(meeting.booked).toEqual({ slot: 3, table: 2 });
  });

  it('cannot be accepted by the side that asked, in a slot not offered, or twice', () => {
    const meeting = requested('producer');
    expect(() => meeting.checkAccept('producer', 3)).toThrow(
      new RuleViolationError(
        `the producer requested meeting ${meeting.id}; only the distributor can accept it`,
      ),
    );
    expect(() => meeting.checkAccept('distributor', 4)).toThrow(
      `slot 4 was not offered for meeting ${meeting.id} (offered: 3, 5)`,
    );
    expect(() => scheduled().accept('producer', slot3, 1)).toThrow('(current state: scheduled)');
  });

  it('is declined by the other side only; the asker cancels instead', () => {
    const meeting = requested();
    expect(() => meeting.decline('distributor')).toThrow(RuleViolationError);
    meeting.decline('producer', ' hết hàng vụ này ');
    expect(meeting.view()).toMatchObject({
      status: 'declined',
      declinedBy: 'producer',
      declineReason: 'hết hàng vụ này',
    });
    expect(() => meeting.checkAccept('producer', 3)).toThrow(InvalidStateError);
  });

  it('is cancelled by either side before it starts, saying whether a slot is freed', () => {
    expect(requested().cancel('distributor', 'đã gặp ở gian hàng', before)).toBe(false);
    const meeting = scheduled();
    expect(() => meeting.cancel('producer', 'late', during)).toThrow(
      'record it as held or missed instead',
    );
    expect(meeting.cancel('producer', 'xe hỏng', before)).toBe(true);
    expect(meeting.uncommitted()[0].payload).toMatchObject({
      cancelledBy: 'producer',
      reason: 'xe hỏng',
      wasScheduled: true,
    });
  });

  it('is recorded as held or missed once its slot has started', () => {
    const held = scheduled();
    expect(() => held.recordHeld(before)).toThrow(
      `cannot record as held meeting ${held.id} before its slot starts at ${slot3.startsAt}`,
    );
    held.recordHeld(during);
    expect(held.view()!.status).toBe('held');
    expect(() => held.recordMissed('both', during)).toThrow('(current state: held)');

    const missed = scheduled();
    missed.recordMissed('distributor', during);
    expect(missed.view()).toMatchObject({ status: 'missed', absent: 'distributor' });
    expect(missed.uncommitted()[0].payload).toEqual({
      fairId,
      producerId,
      distributorId,
      slot: 3,
      table: 2,
      absent: 'distributor',
    });
    expect(() => requested().recordHeld(during)).toThrow('(current state: requested)');
  });
});
