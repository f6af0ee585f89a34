/*
 * Scheduling a fair's B2B meetings. Given scored producer-distributor pairs, the fair's slots and
 * tables and a cap per party, choose meetings and place them so that no party has two meetings in
 * a slot, no table hosts two, no party exceeds its cap, and the total score is as high as possible.
 *
 * The optimum is found in two exact steps:
 * 1. Which pairs meet: a maximum-weight b-matching (each party at most min(cap, slots) meetings,
 *    each pair once, at most slots x tables meetings in all), solved as a min-cost flow by
 *    successive shortest paths with potentials, stopping when no path gains score.
 * 2. When: the chosen meetings form a bipartite graph of maximum degree <= slots, so by König's
 *    theorem they can be coloured with `slots` colours (a colour = a slot) with no party twice in
 *    a colour; alternating-path (Kempe chain) swaps then even out the colours' sizes until no slot
 *    holds more meetings than tables (de Werra: a balanced colouring exists because the total is at
 *    most slots x tables). Tables are numbered within each slot.
 * Any feasible schedule (the greedy one included) is a feasible b-matching, so step 1's total is at
 * least the greedy total, and step 2 always places every chosen meeting.
 */

export interface CandidatePair {
  producerId: string;
  distributorId: string;
  /** 0..1; pairs scoring 0 are never scheduled. */
  score: number;
}

export interface ScheduleInput {
  pairs: CandidatePair[];
  /** The slot numbers meetings may use (e.g. the fair's slots that have not started). */
  slots: number[];
  tables: number;
  maxMeetingsPerParty: number;
}

export interface ScheduledMeeting {
  producerId: string;
  distributorId: string;
  slotId: number;
  tableNumber: number;
  score: number;
}

export interface Schedule {
  meetings: ScheduledMeeting[];
  totalScore: number;
}

/** Scores are fixed-point integers inside the solver, so sums are exact and ties are honest. */
const SCALE = 10_000;
const roundTotal = (meetings: ScheduledMeeting[]) =>
  meetings.reduce((sum, meeting) => sum + Math.round(meeting.score * SCALE), 0) / SCALE;

function usablePairs(input: ScheduleInput): CandidatePair[] {
  const seen = new Set<string>();
  return input.pairs.filter((pair) => {
    const key = `${pair.producerId}|${pair.distributorId}`;
    if (pair.score <= 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The baseline: best pair first, each into the earliest slot with both parties and a table free. */
export function greedySchedule(input: ScheduleInput): Schedule {
  const cap = Math.min(input.maxMeetingsPerParty, input.slots.length);
  const pairs = [...usablePairs(input)].sort(
    (a, b) =>
      b.score - a.score ||
      a.producerId.localeCompare(b.producerId) ||
      a.distributorId.localeCompare(b.distributorId),
  );
  const busy = new Set<string>();
  const count = new Map<string, number>();
  const tablesUsed = new Array<number>(input.slots.length).fill(0);
  const meetings: ScheduledMeeting[] = [];
  for (const pair of pairs) {
    const p = `p:${pair.producerId}`;
    const d = `d:${pair.distributorId}`;
    if ((count.get(p) ?? 0) >= cap || (count.get(d) ?? 0) >= cap) continue;
    for (let s = 0; s < input.slots.length; s++) {
      if (tablesUsed[s] >= input.tables || busy.has(`${p}@${s}`) || busy.has(`${d}@${s}`)) continue;
      tablesUsed[s]++;
      busy.add(`${p}@${s}`).add(`${d}@${s}`);
      count.set(p, (count.get(p) ?? 0) + 1);
      count.set(d, (count.get(d) ?? 0) + 1);
      meetings.push({ ...pair, slotId: input.slots[s], tableNumber: tablesUsed[s] });
      break;
    }
  }
  return { meetings, totalScore: roundTotal(meetings) };
}

interface FlowEdge {
  to: number;
  capacity: number;
  cost: number;
  /** Index of the reverse edge in `edges`. */
  reverse: number;
}

/** The chosen pairs: a maximum-weight b-matching by min-cost flow (see the file's comment). */
function choosePairs(
  pairs: CandidatePair[],
  producers: string[],
  distributors: string[],
  cap: number,
  limit: number,
): CandidatePair[] {
  const P = producers.length;
  const D = distributors.length;
  const source = 0;
  const sink = P + D + 1;
  const nodes = P + D + 2;
  const edges: FlowEdge[] = [];
  const adjacency: number[][] = Array.from({ length: nodes }, () => []);
  const addEdge = (from: number, to: number, capacity: number, cost: number): number => {
    adjacency[from].push(edges.length);
    edges.push({ to, capacity, cost, reverse: edges.length + 1 });
    adjacency[to].push(edges.length);
    edges.push({ to: from, capacity: 0, cost: -cost, reverse: edges.length - 1 });
    return edges.length - 2;
  };
  const producerIndex = new Map(producers.map((id, i) => [id, 1 + i]));
  const distributorIndex = new Map(distributors.map((id, i) => [id, 1 + P + i]));
  producers.forEach((_, i) => addEdge(source, 1 + i, cap, 0));
  distributors.forEach((_, i) => addEdge(1 + P + i, sink, cap, 0));
  const pairEdges = pairs.map((pair) =>
    addEdge(
      producerIndex.get(pair.producerId)!,
      distributorIndex.get(pair.distributorId)!,
      1,
      -Math.round(pair.score * SCALE),
    ),
  );

  // Initial potentials: shortest distances in the starting graph, which is acyclic
  // (source → producers → distributors → sink), so one pass in that order gives them.
  const potential = new Array<number>(nodes).fill(0);
  for (const e of pairEdges) {
    const edge = edges[e];
    const from = edges[edge.reverse].to;
    potential[edge.to] = Math.min(potential[edge.to], potential[from] + edge.cost);
  }
  for (let i = 0; i < D; i++) potential[sink] = Math.min(potential[sink], potential[1 + P + i]);

  const distance = new Array<number>(nodes);
  const via = new Array<number>(nodes);
  const done = new Array<boolean>(nodes);
  for (let flow = 0; flow < limit; flow++) {
    // Dijkstra on reduced costs (non-negative thanks to the potentials), O(V²): the graph is dense.
    distance.fill(Infinity);
    done.fill(false);
    distance[source] = 0;
    for (;;) {
      let u = -1;
      for (let v = 0; v < nodes; v++) {
        if (!done[v] && distance[v] < Infinity && (u === -1 || distance[v] < distance[u])) u = v;
      }
      if (u === -1) break;
      done[u] = true;
      for (const e of adjacency[u]) {
        const edge = edges[e];
        if (edge.capacity === 0) continue;
        const next = distance[u] + edge.cost + potential[u] - potential[edge.to];
        if (next < distance[edge.to]) {
          distance[edge.to] = next;
          via[edge.to] = e;
        }
      }
    }
    if (distance[sink] === Infinity) break;
    const pathCost = distance[sink] + potential[sink] - potential[source];
    if (pathCost >= 0) break; // no further meeting adds score
    for (let v = 0; v < nodes; v++) if (distance[v] < Infinity) potential[v] += distance[v];
    for (let v = sink; v !== source;) {
      const edge = edges[via[v]];
      edge.capacity -= 1;
      edges[edge.reverse].capacity += 1;
      v = edges[edge.reverse].to;
    }
  }
  return pairs.filter((_, i) => edges[pairEdges[i]].capacity === 0);
}

/**
 * Colours the chosen meetings with `colours` slots, no party twice in a slot, then evens the
 * slots' sizes until none exceeds `tables`. Returns each meeting's colour.
 */
function colourMeetings(
  ends: Array<[number, number]>,
  vertices: number,
  colours: number,
  tables: number,
): number[] {
  // at[v * colours + c] = the meeting of colour c at vertex v, or -1.
  const at = new Int32Array(vertices * colours).fill(-1);
  const colour = new Array<number>(ends.length).fill(-1);
  const freeAt = (v: number) => {
    for (let c = 0; c < colours; c++) if (at[v * colours + c] === -1) return c;
    throw new Error(`vertex ${v} has more than ${colours} meetings`);
  };
  const other = (e: number, v: number) => (ends[e][0] === v ? ends[e][1] : ends[e][0]);
  /** The alternating a/b path from v (v has no b-edge... or is an end), as meeting indexes. */
  const alternatingPath = (v: number, first: number, second: number): number[] => {
    const path: number[] = [];
    let current = v;
    let want = first;
    for (;;) {
      const e = at[current * colours + want];
      if (e === -1) return path;
      path.push(e);
      current = other(e, current);
      want = want === first ? second : first;
    }
  };
  const swap = (path: number[], a: number, b: number) => {
    for (const e of path) for (const v of ends[e]) at[v * colours + colour[e]] = -1;
    for (const e of path) {
      colour[e] = colour[e] === a ? b : a;
      for (const v of ends[e]) at[v * colours + colour[e]] = e;
    }
  };
  ends.forEach(([u, v], e) => {
    const a = freeAt(u);
    const b = freeAt(v);
    if (at[v * colours + a] !== -1) {
      // Flip the a/b chain from v: bipartite, so it cannot end at u, and a becomes free at v.
      swap(alternatingPath(v, a, b), a, b);
    }
    colour[e] = a;
    at[u * colours + a] = e;
    at[v * colours + a] = e;
  });

  const size = new Array<number>(colours).fill(0);
  colour.forEach((c) => size[c]++);
  for (;;) {
    let big = 0;
    let small = 0;
    for (let c = 1; c < colours; c++) {
      if (size[c] > size[big]) big = c;
      if (size[c] < size[small]) small = c;
    }
    if (size[big] <= tables) break;
    // The big/small subgraph is paths and even cycles; having more big edges, it has a path that
    // starts and ends with a big edge. Swapping it moves one meeting from big to small.
    let moved = false;
    for (let v = 0; v < vertices && !moved; v++) {
      if (at[v * colours + big] === -1 || at[v * colours + small] !== -1) continue;
      const path = alternatingPath(v, big, small);
      if (path.length % 2 === 1) {
        swap(path, big, small);
        size[big]--;
        size[small]++;
        moved = true;
      }
    }
    if (!moved) throw new Error('no balancing path: more meetings than slots x tables');
  }
  return colour;
}

/** The best schedule (see the file's comment). */
export function optimalSchedule(input: ScheduleInput): Schedule {
  const slots = input.slots.length;
  const cap = Math.min(input.maxMeetingsPerParty, slots);
  const pairs = usablePairs(input);
  if (slots === 0 || input.tables <= 0 || cap <= 0 || pairs.length === 0) {
    return { meetings: [], totalScore: 0 };
  }
  const producers = [...new Set(pairs.map((pair) => pair.producerId))].sort();
  const distributors = [...new Set(pairs.map((pair) => pair.distributorId))].sort();
  const chosen = choosePairs(pairs, producers, distributors, cap, slots * input.tables);

  const producerVertex = new Map(producers.map((id, i) => [id, i]));
  const distributorVertex = new Map(distributors.map((id, i) => [id, producers.length + i]));
  const ends = chosen.map(
    (pair) =>
      [producerVertex.get(pair.producerId)!, distributorVertex.get(pair.distributorId)!] as [
        number,
        number,
      ],
  );
  const colour = colourMeetings(ends, producers.length + distributors.length, slots, input.tables);
  const tablesUsed = new Array<number>(slots).fill(0);
  const meetings = chosen
    .map((pair, i) => ({ pair, slot: colour[i] }))
    .sort((a, b) => a.slot - b.slot || b.pair.score - a.pair.score)
    .map(({ pair, slot }) => ({
      producerId: pair.producerId,
      distributorId: pair.distributorId,
      slotId: input.slots[slot],
      tableNumber: ++tablesUsed[slot],
      score: pair.score,
    }));
  return { meetings, totalScore: roundTotal(meetings) };
}

/** What is wrong with a schedule for its input (empty when it is valid). */
export function scheduleProblems(input: ScheduleInput, schedule: Schedule): string[] {
  const problems: string[] = [];
  const scores = new Map(input.pairs.map((p) => [`${p.producerId}|${p.distributorId}`, p.score]));
  const slots = new Set(input.slots);
  const seen = new Set<string>();
  const count = new Map<string, number>();
  for (const m of schedule.meetings) {
    const pair = `${m.producerId}|${m.distributorId}`;
    if (!scores.has(pair)) problems.push(`${pair} is not a candidate pair`);
    if (seen.has(pair)) problems.push(`${pair} meets twice`);
    seen.add(pair);
    if (!slots.has(m.slotId)) problems.push(`slot ${m.slotId} is not available`);
    if (m.tableNumber < 1 || m.tableNumber > input.tables) {
      problems.push(`table ${m.tableNumber} does not exist`);
    }
    for (const key of [
      `p:${m.producerId}@${m.slotId}`,
      `d:${m.distributorId}@${m.slotId}`,
      `t:${m.tableNumber}@${m.slotId}`,
    ]) {
      if (seen.has(key)) problems.push(`${key} is taken twice`);
      seen.add(key);
    }
    for (const party of [`p:${m.producerId}`, `d:${m.distributorId}`]) {
      count.set(party, (count.get(party) ?? 0) + 1);
    }
  }
  for (const [party, meetings] of count) {
    if (meetings > input.maxMeetingsPerParty) {
      problems.push(`${party} has ${meetings} meetings, more than ${input.maxMeetingsPerParty}`);
    }
  }
  return problems;
}
