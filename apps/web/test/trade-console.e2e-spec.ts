import AxeBuilder from '@axe-core/playwright';
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  GatewayClient,
  loadProgramme,
  programmeDataset,
} from '@ocop/demo-data';
import { RunningSystem, waitFor } from '@ocop/testing';
import type { Browser, Page } from 'playwright-core';
import { consolePage, launchChromium, logIn, settled } from './browser';

/**
 * The distributor's and the producer's journeys through the console in Debian's Chromium, against
 * the whole system with (a twentieth of) Hà Nội's demo programme: search without diacritics, post
 * a sourcing request and read its ranked matches, request and accept a meeting, draft, propose and
 * sign an MOU, place an order and see it confirmed, ship it and see the MOU's fulfilment; another
 * party's record URL is the not-found page; every page checked by axe.
 */
const STEP_TIMEOUT_MS = 300_000;
const NOT_FOUND = 'Không tìm thấy trang này';

describe("the distributor's and the producer's web console (Chromium)", () => {
  let system: RunningSystem;
  let browser: Browser;
  let buyer: Page;
  let maker: Page;
  let officer: GatewayClient;
  let producer: GatewayClient;
  let distributor: GatewayClient;
  let producerId: string;
  let distributorId: string;
  let product: { productId: string; name: string; priceMinVnd: number; unit: string };
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

  /** Select an antd option: open the select labelled `label`, pick the option with `text`. */
  async function choose(page: Page, label: string, text: string | RegExp): Promise<void> {
    await page.getByLabel(label, { exact: true }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
      .first()
      .click();
  }

  beforeAll(async () => {
    system = await RunningSystem.start({
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
    "finds the demo producer's product searching its name without diacritics",
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
      await settled(buyer);
      const row = buyer.locator('.ant-table-row', { hasText: product.name }).first();
      await row.waitFor();
      await expectAccessible(buyer);
      await row.getByRole('link').click();
      await buyer.locator('img[src$="/qr.svg"]').waitFor();
      await expectAccessible(buyer);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'posts a sourcing request and sees its ranked matches with the reason per factor',
    async () => {
      await buyer.getByRole('link', { name: 'Yêu cầu tìm nguồn' }).click();
      await settled(buyer);
      await expectAccessible(buyer);
      await buyer.getByRole('button', { name: 'Đăng yêu cầu' }).click();
      await choose(buyer, 'Nhóm sản phẩm', 'Thủ công mỹ nghệ');
      await buyer.locator('#keywords').fill('gốm');
      await buyer.keyboard.press('Enter');
      await buyer.getByRole('button', { name: 'Đăng', exact: true }).click();
      await buyer.waitForURL(/\/sourcing\/[0-9a-f-]{36}$/);
      await waitFor('ranked matches', async () => {
        await buyer.getByRole('button', { name: 'Làm mới' }).click();
        await settled(buyer);
        return (await buyer.locator('.ant-table-row').count()) > 0;
      });
      const top = buyer.locator('.ant-table-row').first();
      await expect(top.textContent()).resolves.toContain('Khớp từ khoá');
      await expect(top.textContent()).resolves.toContain('Gần nơi nhận hàng');
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
      await choose(maker, 'Loại gian hàng', /./);
      await choose(maker, 'Sản phẩm trưng bày', product.name);
      await maker.getByRole('button', { name: 'Gửi đăng ký' }).click();
      await maker.locator('.ant-message').getByText('Đã gửi đăng ký gian hàng').waitFor();
      const bookings = await producer.expect(
        200,
        'GET',
        `/fairs/${fairId}/bookings?producerId=${producerId}`,
      );
      const booking = (bookings.items as { bookingId: string }[])[0];
      await officer.expect(200, 'POST', `/fairs/${fairId}/bookings/${booking.bookingId}/approve`);

      await buyer.goto(`/fairs/${fairId}`);
      await settled(buyer);
      await buyer.getByRole('button', { name: 'Đăng ký tham dự' }).click();
      await buyer.locator('.ant-message').getByText('Đã đăng ký tham dự hội chợ').waitFor();
      await buyer.getByRole('button', { name: 'Đề nghị gặp' }).click();
      const producerName = (await producer.expect(200, 'GET', `/producers/${producerId}`))
        .profile as {
        legalName: string;
      };
      await choose(buyer, 'Chủ thể OCOP', producerName.legalName);
      await choose(buyer, 'Các khung giờ đề xuất', /:/);
      await buyer.keyboard.press('Escape');
      await buyer.getByRole('button', { name: 'Gửi đề nghị' }).click();
      await buyer.locator('.ant-message').getByText('Đã gửi đề nghị gặp').waitFor();
      await expectAccessible(buyer);

      await maker.reload();
      await settled(maker);
      await maker.getByRole('button', { name: 'Nhận lời' }).first().click();
      await maker.locator('.ant-modal').getByRole('button', { name: 'Nhận lời' }).click();
      await maker.locator('.ant-message').getByText('Đã nhận lời').waitFor();
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
      await settled(buyer);
      await expectAccessible(buyer);
      await buyer.getByRole('button', { name: 'Soạn biên bản' }).click();
      await buyer.locator('#title').fill('MOU kiểm thử gốm sứ');
      const producerName = (await producer.expect(200, 'GET', `/producers/${producerId}`))
        .profile as {
        legalName: string;
      };
      await choose(buyer, 'Chủ thể OCOP', producerName.legalName);
      await choose(buyer, 'Sản phẩm', product.name);
      await buyer.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await buyer.waitForURL(/\/mous\/[0-9a-f-]{36}$/);
      mouId = new URL(buyer.url()).pathname.split('/').pop()!;
      await buyer.getByRole('button', { name: 'Gửi đề nghị ký' }).click();
      await buyer.getByRole('button', { name: /Ký phiên bản/ }).click();
      await buyer.locator('.ant-message').getByText('Đã ký').waitFor();
      await expectAccessible(buyer);

      await maker.goto(`/mous/${mouId}`);
      await maker.getByRole('button', { name: /Ký phiên bản/ }).click();
      await maker.locator('.ant-message').getByText('Đã ký').waitFor();
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
      await buyer.getByRole('button', { name: 'Gửi đơn' }).click();
      await buyer.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
      orderId = new URL(buyer.url()).pathname.split('/').pop()!;
      await buyer.getByText('Đơn hàng đã được xác nhận.').waitFor();
      await expectAccessible(buyer);

      await maker.goto(`/orders/${orderId}`);
      await maker.getByRole('button', { name: 'Gửi hàng' }).click();
      await maker.locator('#trackingNumber').fill('GHN-0001');
      await maker.locator('.ant-modal').getByRole('button', { name: 'Gửi hàng' }).click();
      await maker.locator('.ant-message').getByText('Đã ghi nhận gửi hàng').waitFor();
      await expectAccessible(maker);

      await buyer.reload();
      await buyer.getByRole('button', { name: 'Xác nhận đã nhận hàng' }).click();
      await buyer.locator('.ant-message').getByText('Đã ghi nhận giao hàng').waitFor();
      await waitFor('the delivery counted in the MOU', async () => {
        const mous = await producer.expect(200, 'GET', `/producers/${producerId}/mous`);
        const mine = (mous.items as { mouId: string; overallPercent: number }[]).find(
          (m) => m.mouId === mouId,
        );
        return (mine?.overallPercent ?? 0) > 0;
      });
      await maker.goto('/mous');
      await settled(maker);
      await expect(
        maker
          .locator('.ant-table-row', { hasText: 'MOU kiểm thử gốm sứ' })
          .locator('.ant-progress-text')
          .textContent(),
      ).resolves.not.toBe('0%');
      await expectAccessible(maker);
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
      await maker.goto(`/sourcing`);
      await maker.getByText(NOT_FOUND).waitFor();
      await buyer.goto('/products/labels');
      await buyer.getByText(NOT_FOUND).waitFor();
      await expectAccessible(buyer);
    },
    STEP_TIMEOUT_MS,
  );
});
