import { RunningSystem, waitFor } from '@ocop/testing';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  GatewayClient,
  LoadedProgramme,
  LoadedTradeActivity,
  loadProgramme,
  loadTradeActivity,
  programmeDataset,
} from '../src';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The demo's trade activity, loaded through the API on a small programme as `npm start` does, is
 * what the demo users then find: MOUs in both registers, orders shipped and delivered, a booking
 * awaiting the officer's decision, a matching sourcing request, the signed MOU in the officer's
 * figures. Loading it again from the same progress file adds nothing.
 */
describe('the demo trade activity: what the demo users find', () => {
  let system: RunningSystem;
  const dataset = programmeDataset({ seed: 2021, scale: 0.05 });
  const dir = mkdtempSync(join(tmpdir(), 'ocop-trade-activity-'));
  const progressFile = join(dir, 'progress.jsonl');
  let loaded: LoadedProgramme;
  let trade: LoadedTradeActivity;
  const as = async (email: string) => {
    const anonymous = new GatewayClient(system.gatewayUrl);
    const client = anonymous.as((await anonymous.login(email, DEMO_PASSWORD))!);
    const me = await client.expect(200, 'GET', '/auth/me');
    return { client, organisationId: me.organisationId as string };
  };

  beforeAll(async () => {
    // Servers of its own: the demo users' emails are fixed, so another load would clash with them.
    system = await RunningSystem.startOnOwnServers({
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    loaded = await loadProgramme(dataset, {
      gatewayUrl: system.gatewayUrl,
      adminEmail: RunningSystem.ADMIN.email,
      adminPassword: RunningSystem.ADMIN.password,
      progressFile,
    });
    trade = await loadTradeActivity(dataset, loaded, {
      gatewayUrl: system.gatewayUrl,
      progressFile,
    });
  }, 600_000);

  afterAll(async () => {
    await system?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows the distributor an active MOU and one awaiting the producer's signature", async () => {
    const { client, organisationId } = await as(DEMO_USERS.distributor);
    const path = `/mous?partyType=distributor&partyId=${organisationId}`;
    const mous = await waitFor('the MOU register to show both MOUs', async () => {
      const page: Body = await client.expect(200, 'GET', path);
      const items = page.items as Body[];
      return items.length === 2 && items.some((m) => m.status === 'active') ? items : false;
    });
    const byId = new Map(mous.map((m) => [m.mouId as string, m]));
    expect(byId.get(trade.activeMouId)?.status).toBe('active');
    expect(byId.get(trade.proposedMouId)?.status).toBe('proposed');
    const active = await client.expect(200, 'GET', `/mous/${trade.activeMouId}`);
    expect(JSON.stringify(active)).toContain('delivery');
    expect(active.fairId).toBe(trade.fairId);
  });

  it('shows the producer its shipped and delivered orders, its booking awaiting a decision and a matching request', async () => {
    const { client, organisationId } = await as(DEMO_USERS.producer);
    const orders = await waitFor('the orders to be shipped and delivered', async () => {
      const page: Body = await client.expect(200, 'GET', `/producers/${organisationId}/orders`);
      const statuses = (page.items as Body[]).map((o) => o.status as string).sort();
      return statuses.join() === 'delivered,shipped' ? (page.items as Body[]) : false;
    });
    expect(orders.every((o) => o.mouId === trade.activeMouId)).toBe(true);

    const bookings = await waitFor('the booking to be listed', async () => {
      const page: Body = await client.expect(200, 'GET', `/producers/${organisationId}/bookings`);
      return (page.items as Body[]).length > 0 ? (page.items as Body[]) : false;
    });
    expect(bookings).toEqual([
      expect.objectContaining({ bookingId: trade.bookings.awaitingDecision, status: 'requested' }),
    ]);

    const winMartRequest = trade.sourcingRequestIds[0];
    await waitFor("WinMart's ceramics request among the producer's new matches", async () => {
      const page: Body = await client.expect(
        200,
        'GET',
        `/producers/${organisationId}/sourcing-requests`,
      );
      return JSON.stringify(page.items).includes(winMartRequest);
    });

    const officer = await as(DEMO_USERS.officer);
    const fairBookings = await officer.client.expect(200, 'GET', `/fairs/${trade.fairId}/bookings`);
    const statuses = (fairBookings.items as Body[]).map((b) => b.status as string).sort();
    expect(statuses).toEqual(['approved', 'approved', 'approved', 'requested']);
  });

  it("counts the signed MOU in the officer's programme figures, at its fair", async () => {
    const { client } = await as(DEMO_USERS.officer);
    const figures = await waitFor('the figures to count the signed MOU', async () => {
      const body: Body = await client.expect(200, 'GET', '/programme/figures');
      return body.mousSigned.total === 1 ? body : false;
    });
    expect(figures.mousSigned.byFair).toEqual({ [trade.fairId]: 1 });
    expect(Object.values(figures.mousSigned.byMonth)).toEqual([1]);
    expect(figures.modernChannel.withModernChannelMouOrOrder).toBe(1);
    expect(figures.modernChannel.share).toBeGreaterThan(0);
  });

  it('adds nothing when loaded again from the same progress file', async () => {
    const lines = readFileSync(progressFile, 'utf8').split('\n').length;
    const again = await loadTradeActivity(dataset, loaded, {
      gatewayUrl: system.gatewayUrl,
      progressFile,
    });
    expect(again.commands).toBe(0);
    expect({ ...again, commands: trade.commands, seconds: trade.seconds }).toEqual(trade);
    expect(readFileSync(progressFile, 'utf8').split('\n').length).toBe(lines);

    const admin = new GatewayClient(system.gatewayUrl).as(loaded.admin);
    const mous = await admin.expect(200, 'GET', '/mous');
    expect(mous.total).toBe(2);
    const winMart = await as(DEMO_USERS.distributor);
    const orders = await winMart.client.expect(
      200,
      'GET',
      `/distributors/${winMart.organisationId}/orders`,
    );
    expect(orders.total).toBe(2);
  });
});
