import { CRAFT_VILLAGES, HANOI_2021 } from './hanoi-programme';
import { programmeDataset } from './programme-dataset';
import { scaleCounts } from './seeded-random';

const asOf = new Date('2026-11-24T00:00:00Z');

describe("the programme dataset (Hà Nội's 2021 figures)", () => {
  const dataset = programmeDataset({ seed: 2021, asOf });
  const products = dataset.producers.flatMap((producer) =>
    producer.products.map((product) => ({ producer, product })),
  );

  it('reproduces the published counts exactly at scale 1', () => {
    expect(products).toHaveLength(1_054);
    expect(dataset.expected.byStars).toEqual({ 3: 306, 4: 731, 5: 17 });
    expect(dataset.expected.byGroup).toEqual({
      food: 691,
      beverage: 30,
      herbal: 7,
      handicraft: 326,
    });
    const subgroups = products.reduce<Record<string, number>>((counts, { product }) => {
      const key = product.registration.subgroup;
      counts[key] = (counts[key] ?? 0) + 1;
      return counts;
    }, {});
    expect(subgroups).toMatchObject({ textiles: 27, 'souvenir-furniture-decoration': 299 });
    expect(dataset.producers).toHaveLength(255);
    expect(dataset.expected.producersByKind).toEqual({
      sme: 72,
      cooperative: 82,
      'household-business': 101,
    });
  });

  it('gives every producer at least one product, and five stars only at national level', () => {
    expect(dataset.producers.every((producer) => producer.products.length > 0)).toBe(true);
    for (const { product } of products) {
      expect(product.certification.level).toBe(
        product.certification.stars === 5 ? 'national' : 'province',
      );
    }
  });

  it('puts handicrafts in the craft villages that make them, with Vietnamese names', () => {
    for (const { producer, product } of products.filter((p) => p.product.category !== 'food')) {
      if (product.registration.group !== 'handicraft') continue;
      const village = CRAFT_VILLAGES.find((v) => v.name === producer.registration.craftVillage);
      expect(village?.category).toBe(product.category);
      expect(village?.products).toContain(product.registration.name);
      expect(producer.registration.district).toBe(village?.district);
    }
    const villages = new Set(dataset.producers.map((p) => p.registration.craftVillage));
    expect(villages).toEqual(expect.objectContaining({}));
    expect([...villages]).toEqual(expect.arrayContaining(['Bát Tràng', 'Vạn Phúc']));
    expect(
      products.some(({ product }) =>
        /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ]/i.test(product.registration.name),
      ),
    ).toBe(true);
  });

  it('issues every certificate within the 36 months before asOf', () => {
    for (const { product } of products) {
      const age = asOf.getTime() - Date.parse(product.certification.issuedOn);
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThan(36 * 30 * 86_400_000);
    }
  });

  it('is the same for the same seed and different for another', () => {
    expect(programmeDataset({ seed: 2021, asOf })).toEqual(dataset);
    expect(programmeDataset({ seed: 7, asOf }).producers[0]).not.toEqual(dataset.producers[0]);
  });

  it('scales to the national picture with the same mix', () => {
    const national = programmeDataset({ seed: 2021, scale: 16.13, asOf });
    const total = national.producers.reduce((sum, p) => sum + p.products.length, 0);
    expect(total).toBe(Math.round(1_054 * 16.13));
    expect(national.expected.byStars).toEqual(scaleCounts(HANOI_2021.stars, 16.13));
  });
});
