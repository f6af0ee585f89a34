import { MouStatus } from '@ocop/events';
import { randomUUID } from 'node:crypto';
import { KnownMou, mayBeCatchingUp, refusalOfOrderUnderMou } from './order-under-mou';

describe('an order under an MOU', () => {
  const mouId = randomUUID();
  const distributorId = randomUUID();
  const [coop, farm] = [randomUUID(), randomUUID()];
  const mou = (status: MouStatus = 'active'): KnownMou => ({
    mouId,
    distributorId,
    producerIds: [coop, farm],
    status,
  });
  const order = { distributorId, producerId: farm };

  it('may be placed by its distributor with any of its producers while it is active', () => {
    expect(refusalOfOrderUnderMou(mouId, mou(), order)).toBeUndefined();
    expect(refusalOfOrderUnderMou(mouId, mou(), { ...order, producerId: coop })).toBeUndefined();
  });

  it('is refused from another distributor, even with a producer party to it', () => {
    const other = randomUUID();
    expect(refusalOfOrderUnderMou(mouId, mou(), { ...order, distributorId: other })).toBe(
      `distributor ${other} is not the distributor of MOU ${mouId}: only its own distributor orders under it`,
    );
  });

  it('is refused to a producer not party to it', () => {
    const outsider = randomUUID();
    expect(refusalOfOrderUnderMou(mouId, mou(), { ...order, producerId: outsider })).toBe(
      `producer ${outsider} is not a party to MOU ${mouId}: an order under an MOU goes to one of its producers`,
    );
  });

  it.each(['drafted', 'proposed', 'fulfilled', 'expired', 'terminated'] as const)(
    'is refused while the MOU is %s',
    (status) => {
      expect(refusalOfOrderUnderMou(mouId, mou(status), order)).toMatch(
        new RegExp(`^MOU ${mouId} is ${status}, not active`),
      );
    },
  );

  it('is refused under an MOU unknown here, saying it may be too early', () => {
    expect(refusalOfOrderUnderMou(mouId, undefined, order)).toMatch(/is not known here.*retry/);
  });

  it('waits for the view only while waiting could change the answer', () => {
    expect(mayBeCatchingUp(undefined, order)).toBe(true);
    expect(mayBeCatchingUp(mou('proposed'), order)).toBe(true);
    expect(mayBeCatchingUp(mou('drafted'), order)).toBe(true);
    expect(mayBeCatchingUp(mou('active'), order)).toBe(false);
    expect(mayBeCatchingUp(mou('terminated'), order)).toBe(false);
    // Parties never change after the draft: a wrong party is final at once.
    expect(mayBeCatchingUp(mou('proposed'), { ...order, distributorId: randomUUID() })).toBe(false);
    expect(mayBeCatchingUp(mou('proposed'), { ...order, producerId: randomUUID() })).toBe(false);
  });
});
