import { RunningSystem, waitFor } from '@ocop/testing';
import { DEMO_PASSWORD, DEMO_USERS, GatewayClient, loadProgramme, programmeDataset } from '../src';

/**
 * Hà Nội's 2021 programme loaded through the public API (every event a real one) ends with the
 * officer's programme figures reporting exactly the published counts.
 */
describe("the demo data: Hà Nội's programme through the API", () => {
  let system: RunningSystem;
  const dataset = programmeDataset({ seed: 2021 });

  beforeAll(async () => {
    // Servers of its own: the load's thousands of events would otherwise be replayed by every new
    // consumer group of the tests that run after it on the shared servers.
    system = await RunningSystem.startOnOwnServers({
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('reports 1,054 certified products by stars, group, district and producer kind', async () => {
    await loadProgramme(dataset, {
      gatewayUrl: system.gatewayUrl,
      adminEmail: RunningSystem.ADMIN.email,
      adminPassword: RunningSystem.ADMIN.password,
    });
    const officer = await new GatewayClient(system.gatewayUrl).login(
      DEMO_USERS.officer,
      DEMO_PASSWORD,
    );
    const api = new GatewayClient(system.gatewayUrl, officer);

    let figures: Record<string, Record<string, unknown>> = {};
    await waitFor(
      'the programme figures to count every product',
      async () => {
        figures = await api.expect(200, 'GET', '/programme/figures');
        return figures.certifiedProducts.total === 1_054;
      },
      { timeoutMs: 120_000, intervalMs: 1_000 },
    );
    expect(figures.certifiedProducts).toEqual({
      total: 1_054,
      byStars: { 3: 306, 4: 731, 5: 17 },
      byGroup: { food: 691, beverage: 30, herbal: 7, handicraft: 326 },
      byDistrict: dataset.expected.byDistrict,
      byProducerKind: dataset.expected.byProducerKind,
    });
  }, 1_200_000);

  it('lets each documented demo user log in, acting for its organisation', async () => {
    const anonymous = new GatewayClient(system.gatewayUrl);
    for (const email of [DEMO_USERS.officer, DEMO_USERS.producer, DEMO_USERS.distributor]) {
      const token = await anonymous.login(email, DEMO_PASSWORD);
      expect(token).toBeDefined();
    }
    const producer = anonymous.as((await anonymous.login(DEMO_USERS.producer, DEMO_PASSWORD))!);
    const me = await producer.expect(200, 'GET', '/auth/me');
    const products = await producer.expect(
      200,
      'GET',
      `/producers/${String(me.organisationId)}/products`,
    );
    expect(products.total).toBeGreaterThan(0);
    expect(JSON.stringify(products.items)).toContain('Bát Tràng');
  });
});
