import { randomUUID } from 'node:crypto';
import { refusalOfFairLink } from './fair-link';

describe('an MOU naming a fair', () => {
  const fairId = randomUUID();
  const distributorId = randomUUID();
  const [coop, farm] = [randomUUID(), randomUUID()];
  const mou = { distributorId, producerIds: [coop, farm] };

  it('stands when its distributor attends the fair', () => {
    expect(
      refusalOfFairLink(fairId, mou, [{ partyType: 'distributor', partyId: distributorId }]),
    ).toBeUndefined();
  });

  it('stands when any of its producers holds a booth there', () => {
    expect(
      refusalOfFairLink(fairId, mou, [{ partyType: 'producer', partyId: farm }]),
    ).toBeUndefined();
  });

  it('is refused when neither side took part, naming the fair and the distributor', () => {
    expect(refusalOfFairLink(fairId, mou, [])).toBe(
      `MOU names fair ${fairId}, but its distributor ${distributorId} is not registered to attend it ` +
        `and none of its producers holds a booth booking there: an MOU names only a fair where its ` +
        `parties took part (if one registered or booked a moment ago, retry shortly)`,
    );
  });

  it('is refused when only others took part, or a party in the other role', () => {
    const outsider = randomUUID();
    expect(
      refusalOfFairLink(fairId, mou, [
        { partyType: 'distributor', partyId: outsider },
        { partyType: 'producer', partyId: outsider },
        // The distributor's id as a producer's booth, or a producer's as an attendee: not them.
        { partyType: 'producer', partyId: distributorId },
        { partyType: 'distributor', partyId: coop },
      ]),
    ).toMatch(/^MOU names fair/);
  });
});
