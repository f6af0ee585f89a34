import type { DistributorKind, ProductGroup } from '@ocop/events';
import {
  CATEGORY_GROUP,
  Category,
  CRAFT_VILLAGES,
  CraftVillage,
  DEMO_DISTRIBUTORS,
  DEMO_FAIRS,
  DemoProducerKind,
  FAMILY_NAMES,
  GIVEN_NAMES,
  HANOI_2021,
  PRODUCER_KIND_NAME,
  PRODUCTS_BY_CATEGORY,
  RURAL_DISTRICTS,
} from './hanoi-programme';
import { expand, scaleCounts, SeededRandom } from './seeded-random';

export interface DemoProduct {
  key: string;
  category: Category;
  registration: {
    name: string;
    group: ProductGroup;
    subgroup: string;
    unit: string;
    priceMinVnd: number;
    priceMaxVnd: number;
    monthlyCapacity: number;
  };
  certification: {
    stars: 3 | 4 | 5;
    decisionNumber: string;
    level: 'province' | 'national';
    issuedOn: string;
  };
}

export interface DemoProducer {
  key: string;
  kind: DemoProducerKind;
  registration: {
    kind: DemoProducerKind;
    legalName: string;
    registrationNumber: string;
    contact: { name: string; phone: string };
    province: string;
    district: string;
    commune: string;
    craftVillage?: string;
  };
  products: DemoProduct[];
}

export interface DemoDistributor {
  key: string;
  registration: {
    kind: DistributorKind;
    name: string;
    registrationNumber: string;
    channels: string[];
    provincesServed: string[];
  };
}

export interface DemoFair {
  key: string;
  request: Record<string, unknown>;
  /** The first fair is opened for booking when loaded, so producers can book at once. */
  openBooking: boolean;
}

/** The programme figures the loaded data must produce (the query side's /programme/figures). */
export interface ExpectedFigures {
  total: number;
  byStars: Record<string, number>;
  byGroup: Record<string, number>;
  byProducerKind: Record<string, number>;
  byDistrict: Record<string, number>;
  /** Producers (not products) of each kind: 72 enterprises, 82 cooperatives, 101 households. */
  producersByKind: Record<string, number>;
}

export interface ProgrammeDataset {
  seed: number;
  scale: number;
  asOf: string;
  producers: DemoProducer[];
  distributors: DemoDistributor[];
  fairs: DemoFair[];
  expected: ExpectedFigures;
}

const SUBGROUP: Record<Category, string> = {
  food: 'processed-food',
  beverage: 'drinks',
  herbal: 'herbal-products',
  textile: 'textiles',
  decoration: 'souvenir-furniture-decoration',
};
const UNIT: Record<Category, string> = {
  food: 'kg',
  beverage: 'chai',
  herbal: 'hộp',
  textile: 'chiếc',
  decoration: 'chiếc',
};
const PRICE_BAND: Record<Category, [number, number]> = {
  food: [40_000, 400_000],
  beverage: [80_000, 600_000],
  herbal: [60_000, 500_000],
  textile: [150_000, 2_500_000],
  decoration: [100_000, 15_000_000],
};

const DAY = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const tally = (counts: Record<string, number>, key: string | number) =>
  (counts[key] = (counts[key] ?? 0) + 1);

/**
 * Producers, products, certificates, distributors and fairs reproducing Hà Nội's 2021 figures
 * (scale 1: 1,054 products from 72 enterprises, 82 cooperatives and 101 households, 17/731/306
 * products of 5/4/3 stars, 691 food, 30 beverage, 7 herbal, 27 textile, 299 decoration), or the
 * same mix `scale` times over (about 16 for the national picture). Deterministic per seed and
 * `asOf` (certificates are issued within the 36 months before it, so all are valid then).
 */
export function programmeDataset(
  options: { seed?: number; scale?: number; asOf?: Date } = {},
): ProgrammeDataset {
  const seed = options.seed ?? 2021;
  const scale = options.scale ?? 1;
  const asOf = options.asOf ?? new Date();
  const random = new SeededRandom(seed);

  const categories = scaleCounts(HANOI_2021.categories, scale);
  const stars = scaleCounts(HANOI_2021.stars, scale);
  const kinds = scaleCounts(HANOI_2021.producers, scale);

  const slots = random.shuffle(expand(Object.entries(categories) as Array<[Category, number]>));
  const starList = random.shuffle(
    expand(Object.entries(stars).map(([s, n]) => [Number(s) as 3 | 4 | 5, n])),
  );
  const producerKinds = random.shuffle(
    expand(Object.entries(kinds) as Array<[DemoProducerKind, number]>),
  );

  // Craft producers sit in the villages of their craft, as many as their share of the products.
  const craftShare = (categories.textile + categories.decoration) / slots.length;
  const craftProducers = Math.min(
    producerKinds.length - 1,
    Math.max(1, Math.round(producerKinds.length * craftShare)),
  );
  const textileProducers = Math.max(
    categories.textile > 0 ? 1 : 0,
    Math.round(
      (craftProducers * categories.textile) /
        Math.max(1, categories.textile + categories.decoration),
    ),
  );
  const villagesOf = (category: CraftVillage['category']) =>
    CRAFT_VILLAGES.filter((village) => village.category === category);

  const producers: DemoProducer[] = producerKinds.map((kind, index) => {
    const craft: Category | undefined =
      index < textileProducers ? 'textile' : index < craftProducers ? 'decoration' : undefined;
    const foodVillage = !craft && random.next() < 0.2;
    const village = craft
      ? random.pick(villagesOf(craft))
      : foodVillage
        ? random.pick(villagesOf('food'))
        : undefined;
    const district = village?.district ?? random.pick(RURAL_DISTRICTS);
    const owner = `${random.pick(FAMILY_NAMES)} ${random.pick(GIVEN_NAMES)}`;
    const place = village?.name ?? district;
    const trade = craft === 'textile' ? 'dệt may' : craft ? 'thủ công mỹ nghệ' : 'nông sản';
    return {
      key: `HN-${seed}-${String(index + 1).padStart(6, '0')}`,
      kind,
      registration: {
        kind,
        legalName: `${PRODUCER_KIND_NAME[kind]} ${trade} ${place} ${owner.split(' ').slice(-1)[0]} ${index + 1}`,
        registrationNumber: `HN-${seed}-${String(index + 1).padStart(6, '0')}`,
        contact: { name: owner, phone: `09${String(random.int(0, 99_999_999)).padStart(8, '0')}` },
        province: 'Hà Nội',
        district,
        commune: village?.commune ?? `Xã ${random.pick(GIVEN_NAMES).split(' ').slice(-1)[0]}`,
        ...(village ? { craftVillage: village.name } : {}),
      },
      products: [],
    };
  });

  // Each category's products go round-robin to the producers that make them; every producer gets one.
  const makers = (category: Category) =>
    category === 'textile'
      ? producers.slice(0, textileProducers)
      : category === 'decoration'
        ? producers.slice(textileProducers, craftProducers)
        : producers.slice(craftProducers);
  const turn: Partial<Record<Category, number>> = {};
  slots.forEach((category, index) => {
    const pool = makers(category);
    const producer = pool[(turn[category] = (turn[category] ?? -1) + 1) % pool.length];
    const village = CRAFT_VILLAGES.find((v) => v.name === producer.registration.craftVillage);
    const names =
      village &&
      (village.category === category || (village.category === 'food' && category === 'food'))
        ? village.products
        : PRODUCTS_BY_CATEGORY[category as 'food' | 'beverage' | 'herbal'];
    const base = random.pick(names);
    const name =
      village && names === village.products ? base : `${base} ${producer.registration.district}`;
    const [low, high] = PRICE_BAND[category];
    const priceMinVnd = Math.round(random.int(low, high) / 1_000) * 1_000;
    const star = starList[index];
    // Issued within the last 35 months: valid at asOf, some expiring within 90 days.
    const issuedOn = isoDay(asOf.getTime() - random.int(2, 35 * 30) * DAY);
    producer.products.push({
      key: `${producer.key}/${producer.products.length + 1}`,
      category,
      registration: {
        name,
        group: CATEGORY_GROUP[category],
        subgroup: SUBGROUP[category],
        unit: UNIT[category],
        priceMinVnd,
        priceMaxVnd: priceMinVnd + Math.round(random.int(0, high - low) / 2_000) * 1_000,
        monthlyCapacity: random.int(50, 5_000),
      },
      certification: {
        stars: star,
        decisionNumber: `${1000 + index}/QĐ-UBND-${seed}`,
        level: star === 5 ? 'national' : 'province',
        issuedOn,
      },
    });
  });

  const distributors: DemoDistributor[] = DEMO_DISTRIBUTORS.map((d, index) => ({
    key: d.name,
    registration: {
      kind: d.kind,
      name: d.name,
      registrationNumber: `DN-${seed}-${String(index + 1).padStart(4, '0')}`,
      channels: d.channels,
      provincesServed: d.kind === 'e-commerce' ? ['Toàn quốc'] : ['Hà Nội'],
    },
  }));

  const fairs: DemoFair[] = DEMO_FAIRS.map((fair, index) => {
    const opens = asOf.getTime() + (1 + index * 30) * DAY;
    return {
      key: fair.name,
      openBooking: index === 0,
      request: {
        kind: fair.kind,
        name: `${fair.name} ${new Date(opens + 14 * DAY).getUTCFullYear()}`,
        venue: fair.venue,
        province: 'Hà Nội',
        bookingOpensAt: new Date(opens).toISOString(),
        bookingClosesAt: new Date(opens + 10 * DAY).toISOString(),
        startsAt: new Date(opens + 14 * DAY).toISOString(),
        endsAt: new Date(opens + 17 * DAY).toISOString(),
        boothTypes: [
          { code: 'standard-3x3', name: 'Gian tiêu chuẩn 3x3', count: 120, priceVnd: 4_500_000 },
          { code: 'corner', name: 'Gian góc', count: 10, priceVnd: 6_000_000 },
        ],
        meetingSlots: { lengthMinutes: 30, tables: 10, dailyStart: '09:00', dailyEnd: '16:00' },
      },
    };
  });

  const expected: ExpectedFigures = {
    total: 0,
    byStars: {},
    byGroup: {},
    byProducerKind: {},
    byDistrict: {},
    producersByKind: { ...kinds },
  };
  for (const producer of producers) {
    for (const product of producer.products) {
      expected.total += 1;
      tally(expected.byStars, product.certification.stars);
      tally(expected.byGroup, product.registration.group);
      tally(expected.byProducerKind, producer.kind);
      tally(expected.byDistrict, producer.registration.district);
    }
  }
  return { seed, scale, asOf: asOf.toISOString(), producers, distributors, fairs, expected };
}
