import AxeBuilder from '@axe-core/playwright';
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  GatewayClient,
  loadProgramme,
  programmeDataset,
} from '@ocop/demo-data';
import { RunningSystem, waitFor } from '@ocop/testing';
import jsQR from 'jsqr';
import type { Browser, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { consolePage, launchChromium, logIn, settled } from './browser';

/**
 * The distributor's and the producer's journeys through the console in Debian's Chromium, against
 * the whole system with (a twentieth of) Hà Nội's demo programme: search without diacritics, post
 * a sourcing request and read its ranked matches, book a booth, request and accept a meeting,
 * draft, propose and sign an MOU, place an order and see it confirmed, ship it and see the MOU's
 * fulfilment; a visitor scans a label's QR code to the public page; another party's record URL is
 * the not-found page; every page checked by axe.
 */
const STEP_TIMEOUT_MS = 300_000;
const NOT_FOUND = 'Không tìm thấy trang này';
const MOU_TITLE = 'MOU kiểm thử gốm sứ';

describe("the distributor's and the producer's web console (Chromium)", () => {
  let system: RunningSystem;
  let browser: Browser;
  let buyer: Page;
  let maker: Page;
  let officer: GatewayClient;
  let producer: GatewayClient;
  let distributor: GatewayClient;
  let producerId: string;
  let producerName: string;
  let distributorId: string;
  let product: { productId: string; name: string; qrCode: string };
  let fairId: string;
  let mouId: string;
  let orderId: string;

  async function expectAccessible(page: Page): Promise<void> {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}) on ${new URL(page.url()).pathname}: ${v.nodes
            .slice(0, 3)
            .map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`)
            .join(' | ')}`,
      );
    expect(serious).toEqual([]);
  }

  /**
   * Picks an option of the antd select of the form field `fieldId` (its input's id): opens it,
   * types `search` first where the select searches, clicks the option titled `option` until the
   * select shows it, then waits for its list to close (a multiple select's stays open until
   * Escape): a list still open or closing on a busy machine would cover the next field.
   */
  async function choose(
    page: Page,
    fieldId: string,
    option: string | RegExp,
    search?: string,
  ): Promise<void> {
    const select = page.locator(`.ant-select:has(#${fieldId})`);
    const chosen = select.getByTitle(option, { exact: true }).first();
    await select.click();
    if (search !== undefined) await page.locator(`#${fieldId}`).fill(search);
    const item = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .and(page.getByTitle(option, { exact: true }))
      .first();
    for (let attempt = 1; ; attempt++) {
      await item.click();
      try {
        await chosen.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    await closeList(page, select);
  }

  /** Closes the select's list (Escape only for a multiple select: a single one closes itself). */
  async function closeList(page: Page, select: Locator): Promise<void> {
    const multiple = (await select.getAttribute('class'))?.includes('ant-select-multiple');
    if (multiple) await page.keyboard.press('Escape');
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .first()
      .waitFor({ state: 'detached' });
  }

  /** The message antd shows after a command, once it appears. */
  const told = (page: Page, text: string) =>
    page.locator('.ant-message').getByText(text).first().waitFor();

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
    producerName = (
      (await producer.expect(200, 'GET', `/producers/${producerId}`)).profile as {
        legalName: string;
      }
    ).legalName;
    const products = await producer.expect(
      200,
      'GET',
      `/producers/${producerId}/products?limit=50`,
    );
    product = (products.items as (typeof product & { certificate?: { status: string } })[]).find(
      (p) => p.certificate?.status === 'valid',
    )!;
    const fairs = await officer.expect(200, 'GET', '/fairs?status=booking-open&limit=1');
    fairId = (fairs.items as { fairId: string }[])[0].fairId;
    browser = await launchChromium();
    buyer = await consolePage(browser, system.gatewayUrl);
    maker = await consolePage(browser, system.gatewayUrl);
    buyer.setDefaultTimeout(60_000);
    maker.setDefaultTimeout(60_000);
    await logIn(buyer, DEMO_USERS.distributor, DEMO_PASSWORD);
    await logIn(maker, DEMO_USERS.producer, DEMO_PASSWORD);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  }, STEP_TIMEOUT_MS);

  it(
    "finds the demo producer's product searching its name without diacritics; its page names the producer and shows the QR code",
    async () => {
      const folded = product.name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .toLowerCase();
      expect(folded).not.toBe(product.name.toLowerCase());
      await settled(buyer);
      await buyer.locator('#catalogue-q').fill(folded);
      await buyer.getByRole('button', { name: 'Tìm kiếm' }).click();
      const row = buyer.locator('.ant-table-row', { hasText: product.name }).first();
      await row.waitFor();
      await settled(buyer);
      await expectAccessible(buyer);
      await row.getByRole('link', { name: product.name }).click();
      await buyer.locator('h1', { hasText: product.name }).waitFor();
      await buyer.getByText(producerName).first().waitFor();
      const qr = buyer.locator(`img[src="/p/${product.qrCode}/qr.svg"]`);
      await waitFor('the QR code drawn', () =>
        qr.evaluate(
          (img: { complete: boolean; naturalWidth: number }) =>
            img.complete && img.naturalWidth > 0,
        ),
      );
      await expectAccessible(buyer);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'posts a sourcing request and sees its ranked matches with the reason per factor',
    async () => {
      await buyer.getByRole('link', { name: 'Yêu cầu tìm nguồn' }).click();
      await buyer.locator('h1', { hasText: 'Yêu cầu tìm nguồn hàng' }).waitFor();
      await settled(buyer);
      await expectAccessible(buyer);
      await buyer.getByRole('button', { name: 'Đăng yêu cầu' }).click();
      await choose(buyer, 'group', 'Thủ công mỹ nghệ');
      await buyer.locator('#keywords').fill('gốm');
      await buyer.keyboard.press('Enter');
      await buyer.getByRole('button', { name: 'Đăng', exact: true }).click();
      await buyer.waitForURL(/\/sourcing\/[0-9a-f-]{36}$/);
      const matches = buyer.locator('.ant-table-row');
      await waitFor('ranked matches', async () => {
        if ((await matches.count()) > 0) return true;
        await buyer.getByRole('button', { name: 'Làm mới' }).click();
        await settled(buyer);
        return (await matches.count()) > 0;
      });
      const top = matches.first();
      await expect(top.textContent()).resolves.toContain('Khớp từ khoá');
      await expect(top.textContent()).resolves.toContain('Gần nơi nhận hàng');
      await expect(top.getByRole('progressbar').count()).resolves.toBe(7);
      // Names, not ids, of the producers (the catalogue's name card, which a buyer may read).
      await expect(top.locator('td').nth(2).textContent()).resolves.not.toMatch(/^[0-9a-f]{8}/);
      await expectAccessible(buyer);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the producer books a booth; the distributor requests a meeting the producer accepts',
    async () => {
      await maker.goto(`/fairs/${fairId}`);
      await settled(maker);
      await expectAccessible(maker);
      await maker.getByRole('button', { name: 'Đăng ký gian hàng' }).click();
      await choose(maker, 'boothType', /^Gian/);
      await choose(maker, 'productIds', product.name);
      await maker.getByRole('button', { name: 'Gửi đăng ký' }).click();
      await told(maker, 'Đã gửi đăng ký gian hàng');
      let bookingId = '';
      await waitFor('the booking recorded', async () => {
        const bookings = await producer.expect(
          200,
          'GET',
          `/producers/${producerId}/bookings?limit=100`,
        );
        bookingId =
          (bookings.items as { bookingId: string; fairId: string }[]).find(
            (b) => b.fairId === fairId,
          )?.bookingId ?? '';
        return bookingId !== '';
      });
      await officer.expect(200, 'POST', `/fairs/${fairId}/bookings/${bookingId}/approve`);

      await buyer.goto(`/fairs/${fairId}`);
      await settled(buyer);
      await buyer.getByRole('button', { name: 'Đăng ký tham dự' }).click();
      await told(buyer, 'Đã đăng ký tham dự hội chợ');
      await buyer.getByRole('button', { name: 'Đề nghị gặp' }).click();
      await choose(
        buyer,
        'counterpartId',
        producerName,
        producerName.split(' ').slice(-2).join(' '),
      );
      await buyer.locator('.ant-select:has(#slots)').click();
      await buyer.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      await buyer.locator('.ant-select:has(#slots) .ant-select-selection-item').first().waitFor();
      await closeList(buyer, buyer.locator('.ant-select:has(#slots)'));
      await buyer.getByRole('button', { name: 'Gửi đề nghị' }).click();
      await told(buyer, 'Đã gửi đề nghị gặp');
      await expectAccessible(buyer);

      const accept = maker.getByRole('button', { name: 'Nhận lời' }).first();
      await waitFor('the request at the producer', async () => {
        await maker.reload();
        await settled(maker);
        return (await accept.count()) > 0;
      });
      await accept.click();
      await maker.locator('.ant-modal').getByRole('button', { name: 'Nhận lời' }).click();
      await told(maker, 'Đã nhận lời; cuộc gặp đã vào lịch');
      await waitFor('the meeting on the schedule', async () => {
        await maker.reload();
        await settled(maker);
        return (await maker.getByText(/Bàn \d+/).count()) > 0;
      });
      await expectAccessible(maker);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the distributor drafts, proposes and signs an MOU; the producer signs it',
    async () => {
      await buyer.getByRole('link', { name: 'Biên bản ghi nhớ' }).click();
      await buyer.locator('h1', { hasText: 'Biên bản ghi nhớ (MOU)' }).waitFor();
      await settled(buyer);
      await expectAccessible(buyer);
      await buyer.getByRole('button', { name: 'Soạn biên bản' }).click();
      await buyer.locator('#title').fill(MOU_TITLE);
      await choose(buyer, 'producerId', producerName, producerName.split(' ').slice(-2).join(' '));
      await choose(buyer, 'targets_0_productId', product.name);
      await buyer.locator('#targets_0_unitPriceVnd').fill('95000');
      await buyer.locator('#priceText').fill('Giá giao tại kho Hà Nội, đã gồm VAT');
      await buyer.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await buyer.waitForURL(/\/mous\/[0-9a-f-]{36}$/);
      mouId = new URL(buyer.url()).pathname.split('/').pop()!;
      await buyer.getByRole('button', { name: 'Gửi đề nghị ký' }).click();
      await told(buyer, 'Đã gửi biên bản cho các bên ký');
      await buyer.getByRole('button', { name: /Ký phiên bản/ }).click();
      await told(buyer, 'Đã ký');
      await expectAccessible(buyer);

      await maker.goto(`/mous/${mouId}`);
      await maker.getByRole('button', { name: /Ký phiên bản/ }).click();
      await told(maker, 'Đã ký');
      await waitFor(
        'the MOU in force',
        async () => (await producer.expect(200, 'GET', `/mous/${mouId}`)).status === 'active',
      );
      await expectAccessible(maker);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the distributor places an order under the MOU and sees it confirmed; the producer ships it; delivery shows as fulfilment',
    async () => {
      await buyer.goto(`/catalogue/${producerId}/${product.productId}`);
      await buyer.getByRole('button', { name: 'Đặt hàng' }).click();
      await choose(buyer, 'mouId', MOU_TITLE);
      await buyer.getByRole('button', { name: 'Gửi đơn' }).click();
      await buyer.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
      orderId = new URL(buyer.url()).pathname.split('/').pop()!;
      await buyer.getByText('Đơn hàng đã được xác nhận.').waitFor();
      // Its line names the product (the catalogue's name), not an id.
      await buyer.locator('.ant-table-row', { hasText: product.name }).waitFor();
      // And the MOU it is under by its title.
      await buyer.getByRole('link', { name: MOU_TITLE }).waitFor();
      await expectAccessible(buyer);

      await maker.goto(`/orders/${orderId}`);
      await maker.getByRole('button', { name: 'Gửi hàng' }).click();
      await maker.locator('#trackingNumber').fill('GHN-0001');
      await maker.locator('.ant-modal').getByRole('button', { name: 'Gửi hàng' }).click();
      await told(maker, 'Đã ghi nhận gửi hàng');
      await expectAccessible(maker);

      await buyer.reload();
      await buyer.getByRole('button', { name: 'Xác nhận đã nhận hàng' }).click();
      await told(buyer, 'Đã ghi nhận giao hàng');
      await waitFor('the delivery counted in the MOU', async () => {
        const mous = await producer.expect(200, 'GET', `/producers/${producerId}/mous`);
        const mine = (mous.items as { mouId: string; overallPercent: number }[]).find(
          (m) => m.mouId === mouId,
        );
        return (mine?.overallPercent ?? 0) > 0;
      });
      await maker.goto('/mous');
      await settled(maker);
      const progress = maker
        .locator('.ant-table-row', { hasText: MOU_TITLE })
        .getByRole('progressbar', { name: 'Tiến độ' });
      await expect(progress.getAttribute('aria-valuenow')).resolves.toBe('10');
      await expectAccessible(maker);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "a visitor scans a label's QR code: the public page shows the certificate in force",
    async () => {
      await maker.goto('/products/labels');
      const label = maker.locator('.qr-label', { hasText: product.name }).first();
      const code = label.locator('img');
      await waitFor('the label drawn', () =>
        code.evaluate(
          (img: { complete: boolean; naturalWidth: number }) =>
            img.complete && img.naturalWidth > 0,
        ),
      );
      await expectAccessible(maker);
      // What a phone's camera does: read the code from the printed image.
      const shot = PNG.sync.read(await code.screenshot());
      const scanned = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
      expect(scanned?.data).toMatch(new RegExp(`/p/${product.qrCode}$`));
      // A phone without JavaScript: the page is whole as the server sends it.
      const bare = await browser.newContext({
        baseURL: system.gatewayUrl,
        viewport: { width: 390, height: 844 },
        isMobile: true,
        javaScriptEnabled: false,
      });
      const visitor = await bare.newPage();
      const path = new URL(scanned!.data).pathname;
      const answer = await visitor.goto(path);
      expect(answer?.status()).toBe(200);
      await visitor.locator('h1', { hasText: product.name }).waitFor();
      await visitor.getByText('Còn hiệu lực').first().waitFor();
      await bare.close();
      // axe runs as a script in the page, so it checks the same page on a phone with JavaScript.
      const phone = await browser.newContext({
        baseURL: system.gatewayUrl,
        viewport: { width: 390, height: 844 },
        isMobile: true,
      });
      const checked = await phone.newPage();
      await checked.goto(path);
      await expectAccessible(checked);
      await phone.close();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "shows the not-found page for another party's records",
    async () => {
      const others = await officer.expect(200, 'GET', '/catalogue/products?limit=50');
      const other = (others.items as { producerId: string; productId: string }[]).find(
        (p) => p.producerId !== producerId,
      )!;
      // The distributor's MOU and order with another producer: the API answers 404 to this producer.
      const foreign = await distributor.expect(201, 'POST', '/mous', {
        distributorId,
        producerIds: [other.producerId],
        targets: [{ productId: other.productId, quantity: 10, unit: 'kg' }],
        priceTerms: { text: 'Theo báo giá' },
        startDate: new Date().toISOString().slice(0, 10),
        endDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      });
      const foreignOrder = await distributor.expect(202, 'POST', '/orders', {
        distributorId,
        producerId: other.producerId,
        lines: [{ productId: other.productId, quantity: 1, unitPriceVnd: 100_000 }],
      });
      await maker.goto(`/mous/${String(foreign.mouId)}`);
      await maker.getByText(NOT_FOUND).waitFor();
      await maker.goto(`/orders/${String(foreignOrder.orderId)}`);
      await maker.getByText(NOT_FOUND).waitFor();
      await expectAccessible(maker);
      await maker.goto('/sourcing');
      await maker.getByText(NOT_FOUND).waitFor();
      // A product under a producer that is not its own names no record either.
      await buyer.goto(`/catalogue/${other.producerId}/${product.productId}`);
      await buyer.getByText(NOT_FOUND).waitFor();
      await buyer.goto('/products/labels');
      await buyer.getByText(NOT_FOUND).waitFor();
      await expectAccessible(buyer);
    },
    STEP_TIMEOUT_MS,
  );
});
