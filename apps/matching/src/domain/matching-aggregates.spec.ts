import { InvalidStateError } from '@ocop/common/errors/domain-errors';
import { ProposedMatch } from '@ocop/events';
import { MeetingPlan } from './meeting-plan.aggregate';
import { SourcingMatches } from './sourcing-matches.aggregate';

const match = (productId: string, score: number): ProposedMatch => ({
  productId,
  producerId: `producer-of-${productId}`,
  productName: 'Bình gốm',
  score,
  factors: {
    groupFit: 1,
    keywordFit: 1,
    stars: 1,
    capacity: 1,
    price: 1,
    distance: 1,
    trackRecord: score,
  },
});

describe('SourcingMatches', () => {
  it('proposes a changed list, reports the products new to it, and repeats nothing', () => {
    const matches = new SourcingMatches('request-1');
    expect(matches.propose('distributor-1', [])).toEqual([]);
    expect(matches.uncommitted().map((e) => e.type)).toEqual(['MatchesProposed']);

    expect(matches.propose('distributor-1', [match('a', 0.9), match('b', 0.8)])).toEqual([
      'a',
      'b',
    ]);
    expect(matches.propose('distributor-1', [match('a', 0.9), match('b', 0.8)])).toEqual([]);
    expect(matches.propose('distributor-1', [match('c', 0.95), match('a', 0.9)])).toEqual(['c']);
    expect(matches.uncommitted()).toHaveLength(3);
  });

  it('withdraws a held product once, naming its producer and the reason', () => {
    const matches = new SourcingMatches('request-1');
    matches.propose('distributor-1', [match('a', 0.9), match('b', 0.8)]);
    expect(matches.withdraw('a', 'certificate-revoked')).toBe(true);
    expect(matches.withdraw('a', 'certificate-revoked')).toBe(false);
    expect(matches.withdraw('z', 'certificate-expired')).toBe(false);
    expect(matches.uncommitted().at(-1)).toEqual({
      type: 'MatchWithdrawn',
      payload: {
        distributorId: 'distributor-1',
        productId: 'a',
        producerId: 'producer-of-a',
        reason: 'certificate-revoked',
      },
    });
    expect(matches.matches.map((m) => m.productId)).toEqual(['b']);
  });
});

describe('MeetingPlan', () => {
  const proposal = {
    maxMeetingsPerParty: 2,
    meetings: [{ producerId: 'p', distributorId: 'd', slotId: 0, tableNumber: 1, score: 0.7 }],
    totalScore: 0.7,
    greedyScore: 0.7,
  };

  it('is proposed as often as wanted, then published once', () => {
    const plan = new MeetingPlan('fair-1');
    expect(() => plan.publish()).toThrow(InvalidStateError);
    plan.propose({ ...proposal, totalScore: 0.5 });
    plan.propose(proposal);
    expect(plan.view()).toMatchObject({ status: 'proposed', totalScore: 0.7 });
    plan.publish();
    expect(plan.view()).toMatchObject({ fairId: 'fair-1', status: 'published', version: 3 });
    expect(plan.uncommitted().at(-1)).toEqual({
      type: 'MeetingPlanPublished',
      payload: { meetings: proposal.meetings, totalScore: 0.7 },
    });
    expect(() => plan.publish()).toThrow(/published already/);
    expect(() => plan.propose(proposal)).toThrow(InvalidStateError);
  });
});
