import { InvalidStateError, RuleViolationError } from '@ocop/common/errors/domain-errors';
import { randomUUID } from 'node:crypto';
import { SourcingNeed, SourcingRequest } from './sourcing-request.aggregate';

const now = new Date('2025-07-01T03:00:00.000Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();

const need = (overrides: Partial<SourcingNeed> = {}): SourcingNeed => ({
  distributorId: randomUUID(),
  group: 'food',
  subgroup: 'tea',
  keywords: [' chè Thái Nguyên ', 'chè tân cương', 'Chè Thái Nguyên', ''],
  minStars: 4,
  quantity: 500,
  unit: 'kg',
  targetPriceVnd: 350_000,
  deliveryProvince: 'Hà Nội',
  deadline: inDays(30),
  ...overrides,
});

function published(overrides: Partial<SourcingNeed> = {}): SourcingRequest {
  const request = new SourcingRequest(randomUUID());
  request.publish(need(overrides), now);
  request.markCommitted();
  return request;
}

describe('publishing a sourcing request', () => {
  it('publishes an open request with its keywords trimmed and each once', () => {
    const request = published();
    expect(request.view()).toMatchObject({
      status: 'open',
      closedReason: null,
      keywords: ['chè Thái Nguyên', 'chè tân cương'],
      deadline: inDays(30),
      version: 1,
    });
  });

  it('stores the deadline as a UTC instant', () => {
    const request = published({ deadline: '2025-08-01T09:00:00+07:00' });
    expect(request.deadline).toBe('2025-08-01T02:00:00.000Z');
  });

  it('refuses a deadline that has passed, and wrong stars or quantities', () => {
    const request = new SourcingRequest(randomUUID());
    expect(() => request.publish(need({ deadline: inDays(-1) }), now)).toThrow(
      /deadline .* must be in the future/,
    );
    expect(() => request.publish(need({ deadline: now.toISOString() }), now)).toThrow(
      RuleViolationError,
    );
    expect(() => request.publish(need({ minStars: 2 as 3 }), now)).toThrow(/minStars/);
    expect(() => request.publish(need({ quantity: 0 }), now)).toThrow(/quantity/);
    expect(request.uncommitted()).toHaveLength(0);
  });
});

describe('updating a sourcing request', () => {
  it('records only what changed', () => {
    const request = published();
    const result = request.update({ quantity: 800, minStars: 4, deadline: inDays(45) }, now);
    expect(result).toEqual({ changed: ['quantity', 'deadline'], previousDeadline: inDays(30) });
    expect(request.uncommitted()).toEqual([
      { type: 'SourcingRequestUpdated', payload: { quantity: 800, deadline: inDays(45) } },
    ]);
    expect(request.view()).toMatchObject({ quantity: 800, deadline: inDays(45), minStars: 4 });
  });

  it('changes nothing when given the current values again', () => {
    const request = published();
    expect(
      request.update({ quantity: 500, keywords: ['chè Thái Nguyên', 'chè tân cương'] }, now),
    ).toEqual({ changed: [], previousDeadline: inDays(30) });
    expect(request.uncommitted()).toHaveLength(0);
  });

  it('refuses an empty update and a deadline in the past', () => {
    const request = published();
    expect(() => request.update({}, now)).toThrow(/nothing to update/);
    expect(() => request.update({ deadline: inDays(-2) }, now)).toThrow(RuleViolationError);
  });

  it('refuses to update a closed request, naming its state', () => {
    const request = published();
    request.closeByBuyer();
    expect(() => request.update({ quantity: 1 }, now)).toThrow(
      new InvalidStateError(`cannot update sourcing request ${request.id}: it is closed`, 'closed'),
    );
  });
});

describe('closing a sourcing request', () => {
  it('by the buyer, once', () => {
    const request = published();
    request.closeByBuyer();
    expect(request.view()).toMatchObject({ status: 'closed', closedReason: 'by-buyer' });
    expect(() => request.closeByBuyer()).toThrow(InvalidStateError);
    expect(request.uncommitted()).toHaveLength(1);
  });

  it('at the deadline, and the deadline job is safe early, twice and after a close', () => {
    const request = published({ deadline: inDays(1) });
    expect(request.closeAtDeadline(now)).toBe('not-due');
    const after = new Date(Date.parse(inDays(1)) + 1);
    expect(request.closeAtDeadline(after)).toBe('closed');
    expect(request.closeAtDeadline(after)).toBe('already-closed');
    expect(request.view()).toMatchObject({ status: 'closed', closedReason: 'deadline' });
    expect(request.uncommitted()).toEqual([
      { type: 'SourcingRequestClosed', payload: { reason: 'deadline' } },
    ]);

    const closedByBuyer = published({ deadline: inDays(1) });
    closedByBuyer.closeByBuyer();
    expect(closedByBuyer.closeAtDeadline(after)).toBe('already-closed');
    expect(closedByBuyer.view()!.closedReason).toBe('by-buyer');

    expect(new SourcingRequest(randomUUID()).closeAtDeadline(after)).toBe('unknown');
  });

  it('follows a moved deadline', () => {
    const request = published({ deadline: inDays(1) });
    request.update({ deadline: inDays(3) }, now);
    expect(request.closeAtDeadline(new Date(Date.parse(inDays(2))))).toBe('not-due');
    expect(request.closeAtDeadline(new Date(Date.parse(inDays(3))))).toBe('closed');
  });
});
