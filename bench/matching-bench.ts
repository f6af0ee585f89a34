/*
 * npm run bench:matching: the matching service's two hot paths, in-process on generated data.
 *
 * 1. Ranking: BENCH_PRODUCTS (100,000) certified products from BENCH_PRODUCERS producers in the
 *    six OCOP groups, with Vietnamese names, 63 provinces, price ranges, capacity and track
 *    records, indexed exactly as the service indexes its stored records (SupplyIndex.put); then
 *    the top 20 for BENCH_REQUESTS random sourcing requests (keywords half with diacritics, half
 *    without), one at a time, timed each. Also the index's build time and heap growth.
 * 2. Scheduling: a fair with BENCH_FAIR_PRODUCERS (300) booked producers, BENCH_FAIR_DISTRIBUTORS
 *    (60) distributors with 0-3 open requests each, BENCH_SLOTS (16) slots at BENCH_TABLES (20)
 *    tables, at most BENCH_MAX_PER_PARTY (8) meetings each: pair scoring, the optimal schedule and
 *    the greedy baseline, with their total scores.
 *
 * Writes bench/results/matching.json and matching.md.
 */
import { foldVietnamese } from '@ocop/common/text/vietnamese';
import { ProductGroup } from '@ocop/events';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  greedySchedule,
  optimalSchedule,
  scheduleProblems,
} from '../apps/matching/src/domain/meeting-schedule';
import {
  candidatePairs,
  FairDistributor,
  FairProducer,
} from '../apps/matching/src/domain/pair-scores';
import { compileDemand, Demand, isOrderable, place } from '../apps/matching/src/domain/ranking';
import { ProducerRecord, SupplyIndex } from '../apps/matching/src/domain/supply-index';
import { now, percentile, round } from './stats';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const PRODUCTS = env('BENCH_PRODUCTS', 100_000);
const PRODUCERS = env('BENCH_PRODUCERS', 10_000);
const REQUESTS = env('BENCH_REQUESTS', 1_000);
const TOP = 20;
const FAIR_PRODUCERS = env('BENCH_FAIR_PRODUCERS', 300);
const FAIR_DISTRIBUTORS = env('BENCH_FAIR_DISTRIBUTORS', 60);
const SLOTS = env('BENCH_SLOTS', 16);
const TABLES = env('BENCH_TABLES', 20);
const MAX_PER_PARTY = env('BENCH_MAX_PER_PARTY', 8);
const TODAY = '2026-11-24';
const MONTH = '2026-11';

/** mulberry32: the same data on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = generator(20_261_124);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const VOCABULARY: Record<ProductGroup, { subgroups: string[]; words: string[] }> = {
  food: {
    subgroups: ['Gạo', 'Mật ong', 'Nước mắm', 'Bánh kẹo', 'Thịt chế biến', 'Trái cây sấy'],
    words: [
      'gạo',
      'tám',
      'thơm',
      'mật',
      'ong',
      'rừng',
      'nước',
      'mắm',
      'cá',
      'cơm',
      'bánh',
      'đậu',
      'xanh',
      'giò',
      'chả',
      'nem',
      'chua',
      'vải',
      'sấy',
      'khô',
      'hạt',
      'điều',
      'mứt',
      'gừng',
    ],
  },
  beverage: {
    subgroups: ['Chè', 'Cà phê', 'Rượu', 'Nước ép'],
    words: [
      'chè',
      'tân',
      'cương',
      'shan',
      'tuyết',
      'cà',
      'phê',
      'robusta',
      'rượu',
      'nếp',
      'cẩm',
      'mơ',
      'táo',
      'mèo',
      'nước',
      'ép',
      'dứa',
    ],
  },
  herbal: {
    subgroups: ['Dược liệu', 'Tinh dầu', 'Trà thảo mộc'],
    words: [
      'sâm',
      'ngọc',
      'linh',
      'quế',
      'hồi',
      'tinh',
      'dầu',
      'tràm',
      'trà',
      'atiso',
      'đinh',
      'lăng',
      'nghệ',
      'cao',
      'gắm',
    ],
  },
  handicraft: {
    subgroups: ['Gốm sứ', 'Dệt may', 'Mây tre đan', 'Đồ gỗ', 'Sơn mài', 'Đồ đồng'],
    words: [
      'gốm',
      'sứ',
      'bát',
      'tràng',
      'men',
      'lam',
      'lụa',
      'vạn',
      'phúc',
      'khăn',
      'mây',
      'tre',
      'đan',
      'giỏ',
      'gỗ',
      'tượng',
      'sơn',
      'mài',
      'hạ',
      'thái',
      'đồng',
      'ngũ',
      'xã',
      'bình',
      'đĩa',
      'thêu',
    ],
  },
  ornamental: {
    subgroups: ['Hoa', 'Cây cảnh', 'Cá cảnh'],
    words: [
      'lan',
      'đào',
      'nhật',
      'tân',
      'quất',
      'bonsai',
      'sanh',
      'cá',
      'koi',
      'hoa',
      'cúc',
      'hồng',
    ],
  },
  tourism: {
    subgroups: ['Du lịch cộng đồng', 'Homestay'],
    words: [
      'du',
      'lịch',
      'làng',
      'nghề',
      'trải',
      'nghiệm',
      'homestay',
      'bản',
      'chợ',
      'phiên',
      'ruộng',
      'bậc',
      'thang',
    ],
  },
};
const GROUPS = Object.keys(VOCABULARY) as ProductGroup[];
const PROVINCES = [
  'Hà Nội',
  'Hải Phòng',
  'Bắc Ninh',
  'Hưng Yên',
  'Thái Nguyên',
  'Lào Cai',
  'Sơn La',
  'Hà Giang',
  'Quảng Ninh',
  'Nam Định',
  'Ninh Bình',
  'Thanh Hóa',
  'Nghệ An',
  'Huế',
  'Đà Nẵng',
  'Quảng Nam',
  'Khánh Hòa',
  'Gia Lai',
  'Đắk Lắk',
  'Lâm Đồng',
  'Hồ Chí Minh',
  'Đồng Nai',
  'Tây Ninh',
  'Cần Thơ',
  'Đồng Tháp',
  'An Giang',
  'Bến Tre',
  'Cà Mau',
  'Vĩnh Long',
  'Sóc Trăng',
];
const DISTRICTS = ['Huyện A', 'Huyện B', 'Huyện C', 'Huyện D', 'Thị xã E'];

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

function producerRecords(): ProducerRecord[] {
  const records: ProducerRecord[] = [];
  for (let p = 0; p < PRODUCERS; p++) {
    records.push({
      producerId: uuid(1_000_000 + p),
      version: 1,
      registered: true,
      active: true,
      legalName: `HTX ${p}`,
      province: pick(PROVINCES),
      district: pick(DISTRICTS),
      craftVillage:
        random() < 0.3
          ? `Làng ${pick(['Bát Tràng', 'Vạn Phúc', 'Ngũ Xã', 'Hạ Thái', 'Sơn Hà'])}`
          : undefined,
      deliveredOrders: between(0, 40),
      mousFulfilled: between(0, 5),
      mousFailed: between(0, 2),
      products: {},
    });
  }
  for (let n = 0; n < PRODUCTS; n++) {
    const group = GROUPS[n % GROUPS.length];
    const { subgroups, words } = VOCABULARY[group];
    const priceMin = between(20, 2_000) * 1_000;
    records[n % PRODUCERS].products[uuid(n)] = {
      name: Array.from({ length: between(2, 5) }, () => pick(words)).join(' '),
      group,
      subgroup: pick(subgroups),
      priceMinVnd: priceMin,
      priceMaxVnd: priceMin + between(0, 500) * 1_000,
      monthlyCapacity: between(50, 20_000),
      reserved: { [MONTH]: between(0, 40) },
      stars: pick([3, 3, 4, 4, 4, 5]),
      expiresOn: '2028-06-30',
    };
  }
  return records;
}

function randomDemand(): Demand {
  const group = pick(GROUPS);
  const { words, subgroups } = VOCABULARY[group];
  const keywords = Array.from({ length: between(1, 3) }, () =>
    Array.from({ length: between(1, 2) }, () => pick(words)).join(' '),
  ).map((keyword) => (random() < 0.5 ? foldVietnamese(keyword) : keyword));
  return compileDemand({
    group,
    subgroup: random() < 0.3 ? pick(subgroups) : undefined,
    keywords,
    minStars: pick([3, 3, 4, 5]),
    quantity: between(100, 10_000),
    targetPriceVnd: random() < 0.7 ? between(50, 1_500) * 1_000 : undefined,
    deliveryProvince: pick(PROVINCES),
  });
}

function heapMb(): number {
  global.gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
}

type Results = ReturnType<typeof measure>;

function measure() {
  // ---- ranking
  // The heap figure covers what the service holds per product: its stored record and the index.
  const heapBefore = heapMb();
  const records = producerRecords();
  const index = new SupplyIndex();
  let started = now();
  for (const record of records) index.put(record);
  const indexBuildMs = now() - started;
  const heapAfter = heapMb();

  for (let i = 0; i < 50; i++) index.rank(randomDemand(), TOP, TODAY, MONTH); // warm-up (JIT)
  const samples: number[] = [];
  let returned = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const demand = randomDemand();
    started = now();
    const matches = index.rank(demand, TOP, TODAY, MONTH);
    samples.push(now() - started);
    returned += matches.length;
  }

  // ---- scheduling: producers drawn from the index (their real products), distributors with
  // open requests drawn like the ones above.
  const fairProducers: FairProducer[] = records.slice(0, FAIR_PRODUCERS).map((record) => ({
    producerId: record.producerId,
    products: index.productsOf(record.producerId).filter((p) => isOrderable(p, TODAY)),
  }));
  const fairDistributors: FairDistributor[] = Array.from({ length: FAIR_DISTRIBUTORS }, (_, d) => ({
    distributorId: uuid(2_000_000 + d),
    provincesServed: Array.from({ length: between(1, 4) }, () => place(pick(PROVINCES))),
    openDemands: Array.from({ length: between(0, 3) }, randomDemand),
  }));
  started = now();
  const pairs = candidatePairs(fairProducers, fairDistributors, TODAY, MONTH);
  const pairsMs = now() - started;
  const input = {
    pairs,
    slots: Array.from({ length: SLOTS }, (_, i) => i),
    tables: TABLES,
    maxMeetingsPerParty: MAX_PER_PARTY,
  };
  started = now();
  const optimal = optimalSchedule(input);
  const scheduleMs = now() - started;
  started = now();
  const greedy = greedySchedule(input);
  const greedyMs = now() - started;
  const problems = scheduleProblems(input, optimal);
  if (problems.length > 0) throw new Error(`invalid schedule: ${problems.slice(0, 5).join('; ')}`);

  const results = {
    measured_at: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0]?.model ?? '',
      node: process.version,
    },
    products_indexed: index.certifiedCount,
    producers: PRODUCERS,
    index_build_ms: round(indexBuildMs, 0),
    index_heap_mb: round(heapAfter - heapBefore, 1),
    index_heap_bytes_per_product: Math.round(((heapAfter - heapBefore) * 1_048_576) / PRODUCTS),
    requests_ranked: REQUESTS,
    top: TOP,
    mean_matches_returned: round(returned / REQUESTS, 1),
    match_p50_ms: round(percentile(samples, 0.5), 2),
    match_p95_ms: round(percentile(samples, 0.95), 2),
    match_p99_ms: round(percentile(samples, 0.99), 2),
    match_max_ms: round(Math.max(...samples), 2),
    fair: {
      producers: FAIR_PRODUCERS,
      distributors: FAIR_DISTRIBUTORS,
      slots: SLOTS,
      tables: TABLES,
      max_meetings_per_party: MAX_PER_PARTY,
      candidate_pairs: pairs.length,
    },
    pair_scoring_ms: round(pairsMs, 1),
    schedule_ms: round(scheduleMs, 1),
    schedule_meetings: optimal.meetings.length,
    schedule_score: optimal.totalScore,
    greedy_ms: round(greedyMs, 1),
    greedy_meetings: greedy.meetings.length,
    greedy_score: greedy.totalScore,
    score_gain_over_greedy_pct: round(
      (100 * (optimal.totalScore - greedy.totalScore)) / greedy.totalScore,
      2,
    ),
    targets: {
      match_p95_ms: { target: 50, met: percentile(samples, 0.95) <= 50 },
      schedule_ms: { target: 2_000, met: scheduleMs <= 2_000 },
    },
  };

  return results;
}

function main(): void {
  const results = measure();
  const dir = process.env.BENCH_RESULTS_DIR ?? path.join(__dirname, '../../bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'matching.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(dir, 'matching.md'), markdown(results));
  console.log(markdown(results));
}

function markdown(r: Results): string {
  const rows: Array<[string, string, string]> = [
    ['products indexed (certified)', r.products_indexed.toLocaleString('en'), ''],
    [
      'index build (ms) / heap (MB; bytes per product)',
      `${r.index_build_ms} / ${r.index_heap_mb} (${r.index_heap_bytes_per_product})`,
      '',
    ],
    [
      `top-${r.top} match p50 / p95 / p99 (ms), ${r.requests_ranked} requests`,
      `${r.match_p50_ms} / ${r.match_p95_ms} / ${r.match_p99_ms}`,
      `p95 <= 50: ${r.targets.match_p95_ms.met ? 'met' : 'missed'}`,
    ],
    [
      `fair: ${r.fair.producers} producers x ${r.fair.distributors} distributors, candidate pairs`,
      String(r.fair.candidate_pairs),
      '',
    ],
    ['pair scoring (ms)', String(r.pair_scoring_ms), ''],
    [
      `schedule, ${r.fair.slots} slots x ${r.fair.tables} tables, <= ${r.fair.max_meetings_per_party} each (ms)`,
      String(r.schedule_ms),
      `<= 2,000: ${r.targets.schedule_ms.met ? 'met' : 'missed'}`,
    ],
    ['schedule: meetings / total score', `${r.schedule_meetings} / ${r.schedule_score}`, ''],
    [
      'greedy baseline: meetings / total score (ms)',
      `${r.greedy_meetings} / ${r.greedy_score} (${r.greedy_ms})`,
      '',
    ],
    ['score gain over greedy (%)', String(r.score_gain_over_greedy_pct), ''],
  ];
  return [
    `# Matching benchmark`,
    '',
    `${r.measured_at}, ${r.machine.cpus} CPUs (${r.machine.cpu_model}), Node ${r.machine.node}. Command: \`npm run bench:matching\`.`,
    '',
    '| figure | measured | first target |',
    '| --- | ---: | --- |',
    ...rows.map(([figure, value, target]) => `| ${figure} | ${value} | ${target} |`),
    '',
  ].join('\n');
}

main();
