import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { parseString } from '@fast-csv/parse';
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  GatewayClient,
  loadProgramme,
  programmeDataset,
} from '@ocop/demo-data';
import { RunningSystem, waitFor } from '@ocop/testing';
import type { Browser, Page } from 'playwright-core';
import { consolePage, launchChromium, logIn, settled, useLanguage } from './browser';

/**
 * The officer's journey through the console in Debian's Chromium, against the whole system with
 * (a twentieth of) Hà Nội's demo programme loaded through the API: log in, schedule a fair, open
 * booking, approve a booking, publish the meeting plan, read the board; every page checked by axe.
 */
// A browser step on a loaded machine: each test's waits are Playwright's (60 s each) within this.
const STEP_TIMEOUT_MS = 300_000;

describe("the officer's web console (Chromium)", () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  let officer: GatewayClient;
  let producer: GatewayClient;
  let distributor: GatewayClient;
  let producerId: string;
  let distributorId: string;
  let fairId: string;
  const fairName = `Hội chợ kiểm thử ${Date.now()}`;
  const visited = new Set<string>();

  /** No serious or critical axe violation on the page as it is now. */
  async function expectAccessible(): Promise<void> {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}) on ${new URL(page.url()).pathname}, ${v.nodes.length} nodes: ${v.nodes
            .slice(0, 3)
            .map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`)
            .join(' | ')}`,
      );
    expect(serious).toEqual([]);
    visited.add(new URL(page.url()).pathname);
  }

  beforeAll(async () => {
    // Servers of its own: its demo load's thousands of events would otherwise be replayed by every
    // new consumer group of the suites after it (and it would replay theirs), slowing its reads.
    system = await RunningSystem.startOnOwnServers({
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    await loadProgramme(programmeDataset({ seed: 2021, scale: 0.05 }), {
      gatewayUrl: system.gatewayUrl,
      adminEmail: RunningSystem.ADMIN.email,
      adminPassword: RunningSystem.ADMIN.password,
    });
    const anonymous = new GatewayClient(system.gatewayUrl);
    officer = anonymous.as((await anonymous.login(DEMO_USERS.officer, DEMO_PASSWORD))!);
    producer = anonymous.as((await anonymous.login(DEMO_USERS.producer, DEMO_PASSWORD))!);
    distributor = anonymous.as((await anonymous.login(DEMO_USERS.distributor, DEMO_PASSWORD))!);
    producerId = (await producer.expect(200, 'GET', '/auth/me')).organisationId;
    distributorId = (await distributor.expect(200, 'GET', '/auth/me')).organisationId;
    browser = await launchChromium();
    page = await consolePage(browser, system.gatewayUrl);
    // Playwright's own wait (which names what it waited for) ends before jest's test timeout.
    page.setDefaultTimeout(60_000);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  }, STEP_TIMEOUT_MS);

  it(
    'logs the officer in to the programme home, its figures those the API reports',
    async () => {
      await logIn(page, DEMO_USERS.officer, DEMO_PASSWORD);
      expect(new URL(page.url()).pathname).toBe('/');
      await expect(page.locator('h1').textContent()).resolves.toBe('Tổng quan chương trình OCOP');
      let figures: { certifiedProducts: { total: number; byStars: Record<string, number> } } = {
        certifiedProducts: { total: 0, byStars: {} },
      };
      await waitFor('the figures to count the loaded products', async () => {
        figures = (await officer.expect(
          200,
          'GET',
          '/programme/figures',
        )) as unknown as typeof figures;
        return figures.certifiedProducts.total > 0;
      });
      await page.reload();
      await settled(page);
      const certified = page
        .locator('.ant-statistic')
        .filter({ hasText: 'Sản phẩm OCOP còn hiệu lực' });
      await expect(certified.locator('.ant-statistic-content').textContent()).resolves.toBe(
        figures.certifiedProducts.total.toLocaleString('vi-VN'),
      );
      // Each bar has its number beside it.
      const fourStars = page.getByRole('listitem').filter({ hasText: '4 sao' });
      await expect(fourStars.locator('strong').textContent()).resolves.toBe(
        String(figures.certifiedProducts.byStars['4'] ?? 0),
      );
      await expectAccessible();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "schedules a fair, showing the API's 400 beside the field it names",
    async () => {
      await page.getByRole('link', { name: 'Hội chợ' }).click();
      await page.locator('h1', { hasText: 'Hội chợ, triển lãm' }).waitFor();
      await settled(page);
      await expectAccessible();
      await page.getByRole('button', { name: 'Lên lịch hội chợ' }).click();
      await page.locator('h1', { hasText: 'Lên lịch hội chợ' }).waitFor();
      await expectAccessible();

      await page.locator('#name').fill(fairName);
      await page.locator('#venue').fill('Cung Văn hoá Hữu nghị Việt Xô');
      // A booth type code the API refuses (upper case and spaces): its message goes under the field.
      await page.locator('#boothTypes_0_code').fill('Gian A');
      await page.locator('form button[type=submit]').click();
      const codeField = page
        .locator('.ant-form-item')
        .filter({ has: page.locator('#boothTypes_0_code') });
      await expect(
        codeField.locator('.ant-form-item-explain-error').first().textContent(),
      ).resolves.toContain('boothTypes.0.code must be lower-case letters, digits and dashes');

      await page.locator('#boothTypes_0_code').fill('standard-3x3');
      await page.locator('form button[type=submit]').click();
      await page.waitForURL(/\/fairs\/[0-9a-f-]{36}$/);
      fairId = new URL(page.url()).pathname.split('/').pop()!;
      await page.locator('.ant-message').getByText('Đã lên lịch hội chợ').waitFor();
      await page.locator('h1', { hasText: fairName }).waitFor();
      const fair = await officer.expect(200, 'GET', `/fairs/${fairId}`);
      expect(fair).toMatchObject({ name: fairName, status: 'scheduled' });
      expect(fair.boothTypes).toEqual([
        expect.objectContaining({
          code: 'standard-3x3',
          name: 'Gian tiêu chuẩn 3x3',
          count: 20,
          priceVnd: 4_500_000,
        }),
      ]);
      expect(fair.meetingSlots).toMatchObject({
        lengthMinutes: 30,
        tables: 5,
        dailyStart: '09:00',
      });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'opens booking, then approves a booking with the certificate shown',
    async () => {
      await page.getByRole('button', { name: 'Mở đăng ký gian hàng' }).click();
      await page.locator('.ant-tag', { hasText: 'Đang nhận đăng ký' }).waitFor();
      await expectAccessible();

      const products = await producer.expect(
        200,
        'GET',
        `/producers/${producerId}/products?limit=20`,
      );
      const certified = (
        products.items as { productId: string; certificate?: { status: string } }[]
      ).find((p) => p.certificate?.status === 'valid')!;
      const booking = await producer.expect(201, 'POST', `/fairs/${fairId}/bookings`, {
        producerId,
        boothType: 'standard-3x3',
        productIds: [certified.productId],
      });
      await officer.expect(201, 'POST', `/fairs/${fairId}/attendees`, { distributorId });

      await page.reload();
      await page.getByRole('tab', { name: /Đăng ký gian hàng/ }).click();
      const row = page.locator('tr', { has: page.getByRole('button', { name: 'Duyệt' }) });
      await row.locator('.ant-tag', { hasText: 'Còn hiệu lực' }).waitFor();
      await expect(row.textContent()).resolves.toContain(
        `standard-3x3 #${String(booking.boothNumber)}`,
      );
      await row.getByRole('button', { name: 'Duyệt' }).click();
      await page.locator('.ant-message').getByText('Đã duyệt đăng ký').waitFor();
      await expect(
        officer.expect(200, 'GET', `/fairs/${fairId}/bookings/${String(booking.bookingId)}`),
      ).resolves.toMatchObject({ status: 'approved' });

      await page.getByRole('tab', { name: 'Sơ đồ gian hàng' }).click();
      await page.locator('[data-booth-state=approved]').first().waitFor();
      await expect(
        page.locator('[data-booth-state=approved]').getAttribute('aria-label'),
      ).resolves.toBe(`Gian ${String(booking.boothNumber)} (Gian tiêu chuẩn 3x3): Đã duyệt`);
      await expectAccessible();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'proposes the meeting plan from match scores and publishes it',
    async () => {
      await page.getByRole('tab', { name: 'Lịch gặp gỡ giao thương' }).click();
      await page.getByRole('button', { name: 'Đề xuất lịch từ điểm phù hợp' }).click();
      await page.locator('.ant-message').getByText('Đã đề xuất lịch gặp').waitFor();
      const grid = page.locator('table', {
        has: page.locator('caption', { hasText: 'Lịch gặp gỡ giao thương' }),
      });
      await grid.waitFor();
      const plan = await officer.expect(200, 'GET', `/fairs/${fairId}/meeting-plan`);
      expect((plan.meetings as unknown[]).length).toBeGreaterThan(0);
      await expectAccessible();

      await page.getByRole('button', { name: 'Công bố lịch' }).click();
      await page.locator('.ant-message').getByText('Đã công bố lịch gặp').waitFor();
      await expect(
        officer.expect(200, 'GET', `/fairs/${fairId}/meeting-plan`),
      ).resolves.toMatchObject({
        status: 'published',
      });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'reads the board: the meetings the published plan requested, as the API counts them',
    async () => {
      let board: { meetings: { requested: number } } = { meetings: { requested: 0 } };
      await waitFor('the board to count the published meetings', async () => {
        board = (await officer.expect(
          200,
          'GET',
          `/fairs/${fairId}/board`,
        )) as unknown as typeof board;
        return board.meetings.requested > 0;
      });
      await page.reload();
      await page.getByRole('tab', { name: 'Cuộc gặp' }).click();
      const requested = page.locator('.ant-statistic').filter({ hasText: 'Đã đề nghị' });
      await expect(requested.locator('.ant-statistic-content').textContent()).resolves.toBe(
        String(board.meetings.requested),
      );
      await expectAccessible();
    },
    STEP_TIMEOUT_MS,
  );

  /** Downloads what `click` starts; its rows keyed by the header, after checking the BOM. */
  async function downloadCsv(click: () => Promise<void>): Promise<Record<string, string>[]> {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = await readFile(await download.path());
    // UTF-8 with a byte order mark, so Excel reads the Vietnamese.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = [];
    await new Promise<void>((resolve, reject) => {
      parseString<Record<string, string>, Record<string, string>>(
        bytes.subarray(3).toString('utf8'),
        { headers: true },
      )
        .on('data', (row: Record<string, string>) => rows.push(row))
        .on('error', reject)
        .on('end', () => resolve());
    });
    return rows;
  }

  it(
    "downloads the producer registry and the fair's bookings as CSV, their rows those of the API",
    async () => {
      await page.getByRole('link', { name: 'Xuất dữ liệu' }).click();
      await page.locator('h1', { hasText: 'Xuất dữ liệu' }).waitFor();
      await settled(page);

      const registry = await officer.expect(200, 'GET', '/producers?limit=100&sort=name&order=asc');
      const producers = registry.items as {
        legalName: string;
        registrationNumber: string;
        district: string;
        products: number;
        certifiedProducts: number;
      }[];
      expect(registry.total).toBe(producers.length);
      const registryRow = page.locator('tr', { hasText: 'Danh bạ chủ thể OCOP' });
      const registryRows = await downloadCsv(() =>
        registryRow.getByRole('button', { name: 'Tải CSV' }).click(),
      );
      expect(
        registryRows.map((row) => [
          row['Tên chủ thể'],
          row['Mã số đăng ký'],
          row['Quận/Huyện'],
          Number(row['Số sản phẩm']),
          Number(row['Sản phẩm có chứng nhận còn hiệu lực']),
        ]),
      ).toEqual(
        producers.map((p) => [
          p.legalName,
          p.registrationNumber,
          p.district,
          p.products,
          p.certifiedProducts,
        ]),
      );

      // The fair scheduled above, its bookings section (the default).
      await page.getByRole('combobox', { name: 'Hội chợ' }).fill(fairName);
      await page.locator('.ant-select-item-option', { hasText: fairName }).click();
      await page.locator('.ant-card-head', { hasText: fairName }).waitFor();
      const bookings = await officer.expect(200, 'GET', `/fairs/${fairId}/bookings?limit=100`);
      const bookingRows = await downloadCsv(() =>
        page
          .locator('.ant-card', { hasText: fairName })
          .getByRole('button', { name: 'Tải CSV' })
          .click(),
      );
      expect(
        bookingRows.map((row) => [
          row['Mã đăng ký'],
          Number(row['Số gian']),
          row['Trạng thái'],
          row['Phí gian hàng'],
        ]),
      ).toEqual(
        (
          bookings.items as {
            bookingId: string;
            boothNumber: number;
            status: string;
            priceVnd: number;
          }[]
        ).map((b) => [
          b.bookingId,
          b.boothNumber,
          b.status === 'approved' ? 'Đã duyệt' : b.status,
          `${b.priceVnd.toLocaleString('vi-VN')} ₫`,
        ]),
      );
      expect(bookingRows).toHaveLength(1);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "shows an MOU signed at the fair with its history: each event's time, actor and change",
    async () => {
      const products = await producer.expect(
        200,
        'GET',
        `/producers/${producerId}/products?limit=1`,
      );
      const productId = (products.items as { productId: string }[])[0].productId;
      const today = new Date().toISOString().slice(0, 10);
      const drafted = await distributor.expect(201, 'POST', '/mous', {
        distributorId,
        producerIds: [producerId],
        fairId,
        title: 'Biên bản ghi nhớ kiểm thử',
        targets: [{ productId, quantity: 100, unit: 'kg' }],
        priceTerms: { text: 'Giá cố định', unitPrices: [{ productId, unitPriceVnd: 400_000 }] },
        startDate: today,
        endDate: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`,
        obligations: [],
      });
      const mouId = drafted.mouId as string;
      await distributor.expect(200, 'POST', `/mous/${mouId}/propose`);
      await producer.expect(200, 'POST', `/mous/${mouId}/sign`, {
        partyType: 'producer',
        partyId: producerId,
        signedBy: 'Nguyễn Văn An',
        onBehalfOf: 'Giám đốc HTX',
      });
      const history = await officer.expect(200, 'GET', `/mous/${mouId}/history?order=asc`);
      const events = history.items as { type: string; occurredAt: string }[];
      expect(events.map((e) => e.type)).toEqual(['MouDrafted', 'MouProposed', 'MouSigned']);

      await page.goto(`/mous/${mouId}`);
      await page.locator('h1', { hasText: 'Biên bản ghi nhớ kiểm thử' }).waitFor();
      await settled(page);
      const rows = page
        .locator('.ant-card', { has: page.locator('.ant-card-head', { hasText: 'Lịch sử' }) })
        .locator('tbody tr');
      await expect(rows.count()).resolves.toBe(3);
      const vietnamTime = (at: string) => {
        const local = new Date(Date.parse(at) + 7 * 3_600_000).toISOString();
        return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
      };
      await expect(rows.nth(0).textContent()).resolves.toContain(vietnamTime(events[0].occurredAt));
      await expect(rows.nth(0).textContent()).resolves.toContain('Soạn thảo');
      await expect(rows.nth(0).textContent()).resolves.toContain('Nhà phân phối');
      await expect(rows.nth(0).textContent()).resolves.toContain('1 chỉ tiêu');
      await expect(rows.nth(2).textContent()).resolves.toContain(
        'Nguyễn Văn An (Giám đốc HTX) ký phiên bản 1',
      );
      await expectAccessible();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'has no serious or critical accessibility violation on the registry, MOU and export pages',
    async () => {
      for (const path of [
        '/producers',
        `/producers/${producerId}`,
        '/producers/new',
        '/mous',
        '/exports',
      ]) {
        await page.goto(path);
        await page.locator('h1').first().waitFor();
        await settled(page);
        await expectAccessible();
      }
      await expect(page.locator('h1').first().textContent()).resolves.toBe('Xuất dữ liệu');
      expect(visited.size).toBeGreaterThanOrEqual(9);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'switches to English, remembered on the next visit',
    async () => {
      try {
        await page.goto('/exports');
        await page.locator('h1', { hasText: 'Xuất dữ liệu' }).waitFor();
        await page.locator('.ant-segmented-item', { hasText: 'English' }).click();
        await page.locator('h1', { hasText: 'Exports' }).waitFor();
        await page.goto('/fairs');
        await page.locator('h1', { hasText: 'Fairs and exhibitions' }).waitFor();
      } finally {
        await useLanguage(page, 'vi');
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'sends a session the gateway refuses back to the login page',
    async () => {
      await page.evaluate(() => {
        const storage = (
          globalThis as unknown as {
            sessionStorage: {
              getItem(k: string): string | null;
              setItem(k: string, v: string): void;
            };
          }
        ).sessionStorage;
        const session = JSON.parse(storage.getItem('ocop.session')!) as { token: string };
        storage.setItem('ocop.session', JSON.stringify({ ...session, token: 'not-a-token' }));
      });
      await page.goto('/fairs');
      await page.waitForURL((url) => url.pathname === '/login');
      await page.getByText('Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.').waitFor();
    },
    STEP_TIMEOUT_MS,
  );
});
