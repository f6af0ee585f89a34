import {
  CandidatePair,
  greedySchedule,
  optimalSchedule,
  ScheduleInput,
  scheduleProblems,
} from './meeting-schedule';

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function randomInput(seed: number): ScheduleInput {
  const next = random(seed);
  const producers = 1 + Math.floor(next() * 40);
  const distributors = 1 + Math.floor(next() * 12);
  const density = 0.2 + next() * 0.8;
  const pairs: CandidatePair[] = [];
  for (let p = 0; p < producers; p++) {
    for (let d = 0; d < distributors; d++) {
      if (next() < density) {
        pairs.push({
          producerId: `producer-${p}`,
          distributorId: `distributor-${d}`,
          score: Math.round(next() * 10_000) / 10_000,
        });
      }
    }
  }
  const slotCount = 1 + Math.floor(next() * 10);
  return {
    pairs,
    slots: Array.from({ length: slotCount }, (_, i) => 3 + 2 * i),
    tables: 1 + Math.floor(next() * 8),
    maxMeetingsPerParty: 1 + Math.floor(next() * 16),
  };
}

describe('meeting schedule', () => {
  it('is valid and scores at least the greedy schedule on 300 random inputs', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const input = randomInput(seed);
      const optimal = optimalSchedule(input);
      const greedy = greedySchedule(input);
      expect({ seed, problems: scheduleProblems(input, optimal) }).toEqual({ seed, problems: [] });
      expect({ seed, problems: scheduleProblems(input, greedy) }).toEqual({ seed, problems: [] });
      expect({ seed, better: optimal.totalScore >= greedy.totalScore }).toEqual({
        seed,
        better: true,
      });
    }
  });

  it('beats greedy where the best pair blocks two good ones', () => {
    // One slot, one table each... greedy takes A-X (0.9) and leaves B with nothing; the optimum
    // takes A-Y and B-X (0.8 + 0.8) with each party capped at one meeting.
    const input: ScheduleInput = {
      pairs: [
        { producerId: 'A', distributorId: 'X', score: 0.9 },
        { producerId: 'A', distributorId: 'Y', score: 0.8 },
        { producerId: 'B', distributorId: 'X', score: 0.8 },
      ],
      slots: [0],
      tables: 2,
      maxMeetingsPerParty: 1,
    };
    expect(greedySchedule(input).totalScore).toBe(0.9);
    const optimal = optimalSchedule(input);
    expect(optimal.totalScore).toBe(1.6);
    expect(scheduleProblems(input, optimal)).toEqual([]);
  });

  it('uses every table of every slot when the demand is there', () => {
    const pairs: CandidatePair[] = [];
    for (let p = 0; p < 6; p++) {
      for (let d = 0; d < 6; d++)
        pairs.push({ producerId: `p${p}`, distributorId: `d${d}`, score: 0.5 });
    }
    const input = { pairs, slots: [0, 1, 2], tables: 4, maxMeetingsPerParty: 3 };
    const optimal = optimalSchedule(input);
    expect(optimal.meetings).toHaveLength(12);
    expect(scheduleProblems(input, optimal)).toEqual([]);
  });

  it('reports conflicts in an invalid schedule', () => {
    const input: ScheduleInput = {
      pairs: [
        { producerId: 'A', distributorId: 'X', score: 0.5 },
        { producerId: 'A', distributorId: 'Y', score: 0.5 },
      ],
      slots: [0],
      tables: 1,
      maxMeetingsPerParty: 1,
    };
    const problems = scheduleProblems(input, {
      meetings: [
        { producerId: 'A', distributorId: 'X', slotId: 0, tableNumber: 1, score: 0.5 },
        { producerId: 'A', distributorId: 'Y', slotId: 0, tableNumber: 1, score: 0.5 },
      ],
      totalScore: 1,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'p:A@0 is taken twice',
        't:1@0 is taken twice',
        'p:A has 2 meetings, more than 1',
      ]),
    );
  });
});
