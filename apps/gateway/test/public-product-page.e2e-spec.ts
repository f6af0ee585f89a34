import { KafkaProbe, RunningSystem, sharedServers, waitFor } from '@ocop/testing';
import { AGGREGATE_TYPES } from '@ocop/events';
import jsQR from 'jsqr';
import { randomUUID } from 'node:crypto';
import { PNG } from 'pngjs';
import { Actor, certifiedProducer, expectStatus, officer, tea } from './journeys';

const PUBLIC_BASE_URL = 'https://ocop.example.vn';

interface Page {
  status: number;
  headers: Headers;
  html: string;
  bytes: number;
}

/**
 * The page behind each product's OCOP QR code, as a visitor's phone gets it: no login, plain HTML,
 * the certificate's status as of today, and the QR image that leads there.
 */
describe('the public product page behind the QR code', () => {
  let system: RunningSystem;
  let admin: string;
  let anOfficer: Actor;
  let product: { producerId: string; productId: string; qrCode: string; decisionNumber: string };

  const open = async (path: string): Promise<Page> => {
    const response = await fetch(`${system.gatewayUrl}${path}`);
    const body = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      headers: response.headers,
      html: body.toString('utf8'),
      bytes: body.length,
    };
  };

  /** The page once the read model shows the certificate as `status`. */
  const pageShowing = async (qrCode: string, status: string, query = ''): Promise<Page> => {
    let page: Page | undefined;
    await waitFor(`the page of ${qrCode} to show ${status}`, async () => {
      page = await open(`/p/${qrCode}${query}`);
      return page.html.includes(`data-status="${status}"`);
    });
    return page!;
  };

  beforeAll(async () => {
    system = await RunningSystem.start({ PUBLIC_BASE_URL });
    admin = await system.loginAdmin();
    anOfficer = await officer(system, admin);
    const certified = await certifiedProducer(system, admin, anOfficer);
    // The read model trails the certification by a moment.
    let listed: { qrCode: string; certificate: { decisionNumber: string } | null } | undefined;
    await waitFor('the certified product in the read model', async () => {
      const mine = await system.api('GET', `/producers/${certified.producerId}/products`, {
        token: certified.token,
      });
      listed = expectStatus(mine, 200).items[0];
      return Boolean(listed?.certificate);
    });
    product = {
      producerId: certified.producerId,
      productId: certified.productId,
      qrCode: listed!.qrCode,
      decisionNumber: listed!.certificate!.decisionNumber,
    };
  }, 240_000);

  afterAll(() => system?.stop());

  it('shows a certified product to anyone, in Vietnamese, as plain HTML with a valid badge', async () => {
    const page = await pageShowing(product.qrCode, 'valid');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    expect(page.headers.get('cache-control')).toBe('public, max-age=60');
    const { html } = page;
    expect(html).toMatch(/^<!doctype html>\n<html lang="vi">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Chè búp Tân Cương – Sản phẩm OCOP</title>');
    expect(html).toContain('<h1>Chè búp Tân Cương</h1>');
    expect(html).toContain('<b aria-hidden="true">★★★★☆</b> 4 sao OCOP');
    expect(html).toContain('<strong>Thực phẩm</strong>');
    expect(html).toContain(`<dt>Số quyết định</dt><dd>${product.decisionNumber}</dd>`);
    expect(html).toContain('<dt>Cấp đánh giá</dt><dd>Cấp tỉnh</dd>');
    expect(html).toContain('Còn hiệu lực');
    // Issued on the day certifiedProducer gave (UTC), valid 36 months.
    const [y, m, d] = new Date().toISOString().slice(0, 10).split('-');
    expect(html).toContain(`<dt>Ngày cấp</dt><dd>${d}/${m}/${y}</dd>`);
    expect(html).toMatch(new RegExp(`<dt>Ngày hết hạn</dt><dd>\\d\\d/${m}/${Number(y) + 3}</dd>`));
    expect(html).toContain('<dt>Tên</dt><dd>HTX Chè Tân Cương</dd>');
    expect(html).toContain('<dt>Xã/phường</dt><dd>Tân Cương</dd>');
    expect(html).toContain('<dt>Quận/huyện</dt><dd>Thành phố Thái Nguyên</dd>');
    expect(html).toContain('<dt>Tỉnh/thành phố</dt><dd>Thái Nguyên</dd>');
    expect(html).toContain(
      `<img src="${tea.photoUrls[0]}" alt="Ảnh sản phẩm Chè búp Tân Cương" width="640" height="480" loading="lazy"`,
    );
    expect(html).toContain(
      `<a href="/p/${product.qrCode}?lang=en" hreflang="en" lang="en">English</a>`,
    );
    expect(html).toMatch(/<main>[\s\S]*<h2 id="certificate">Giấy chứng nhận OCOP<\/h2>/);
    // Works without JavaScript, and light on a phone.
    expect(html).not.toMatch(/<script/i);
    expect(page.bytes).toBeLessThan(100 * 1024);
    // Only the page's own style block may apply (helmet's CSP, with this answer's nonce).
    const nonce = /<style nonce="([^"]+)">/.exec(html)![1];
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain(`style-src 'nonce-${nonce}'`);
    expect(csp).toContain("default-src 'none'");
    expect(html).not.toContain(' style=');
  });

  it('switches to English with ?lang=en', async () => {
    const { html } = await pageShowing(product.qrCode, 'valid', '?lang=en');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<title>Chè búp Tân Cương – OCOP product</title>');
    expect(html).toContain('4-star OCOP');
    expect(html).toContain('<strong>Food</strong>');
    expect(html).toContain(`<dt>Decision number</dt><dd>${product.decisionNumber}</dd>`);
    expect(html).toContain('<dt>Level</dt><dd>Provincial</dd>');
    expect(html).toContain('>Valid</p>');
    expect(html).toContain('<dt>Province</dt><dd>Thái Nguyên</dd>');
    expect(html).toContain(`<a href="/p/${product.qrCode}" hreflang="vi" lang="vi">Tiếng Việt</a>`);
  });

  it('answers an unknown or malformed code with a friendly 404 page', async () => {
    const unknown = await open('/p/OCOP-0000000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^text\/html/);
    expect(unknown.html).toContain('<h1>Không tìm thấy sản phẩm</h1>');
    expect(unknown.html).toContain('OCOP-0000000000000000');
    const english = await open('/p/OCOP-0000000000000000?lang=en');
    expect(english.status).toBe(404);
    expect(english.html).toContain('<h1>Product not found</h1>');

    for (const path of [
      '/p/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      `/p/${'A'.repeat(300)}`,
      '/p/-x',
    ]) {
      const malformed = await open(path);
      expect(malformed.status).toBe(404);
      expect(malformed.html).toContain('<h1>Không tìm thấy sản phẩm</h1>');
      expect(malformed.html).not.toMatch(/<script/i);
    }
    expect((await open('/p/OCOP-0000000000000000/qr.png')).status).toBe(404);
  });

  it('serves the QR code that leads to the page, as PNG and SVG', async () => {
    const expected = `${PUBLIC_BASE_URL}/p/${product.qrCode}`;
    const png = await fetch(`${system.gatewayUrl}/p/${product.qrCode}/qr.png`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const image = PNG.sync.read(Buffer.from(await png.arrayBuffer()));
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(decoded?.data).toBe(expected);

    const svg = await fetch(`${system.gatewayUrl}/p/${product.qrCode}/qr.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const raster = rasterise(await svg.text());
    expect(jsQR(raster.data, raster.width, raster.height)?.data).toBe(expected);
  });

  it('shows a revoked certificate as revoked, never as valid', async () => {
    expectStatus(
      await system.api(
        'POST',
        `/producers/${product.producerId}/products/${product.productId}/certification/revoke`,
        { token: anOfficer.token, body: { reason: 'Không duy trì chất lượng sản phẩm' } },
      ),
      204,
    );
    for (const query of ['', '?lang=en']) {
      const { html } = await pageShowing(product.qrCode, 'revoked', query);
      expect(html).not.toContain('data-status="valid"');
      expect(html).not.toContain('★');
    }
    const { html } = await pageShowing(product.qrCode, 'revoked');
    expect(html).toContain('Đã bị thu hồi');
    expect(html).not.toContain('Còn hiệu lực');
    expect(html).toContain('Trước đây được xếp 4 sao');
  });

  it('shows a certificate past its expiry day as expired', async () => {
    // A producer certified years ago, as the producers service would have published it.
    const probe = new KafkaProbe(sharedServers().KAFKA_BROKERS);
    await probe.watch(AGGREGATE_TYPES.producer);
    const producerId = randomUUID();
    const productId = randomUUID();
    const qrCode = `OCOP-${productId.replace(/-/g, '').slice(0, 16).toUpperCase()}`;
    let version = 0;
    const emit = (type: string, payload: Record<string, unknown>) =>
      probe.publish({
        type,
        aggregateType: AGGREGATE_TYPES.producer,
        aggregateId: producerId,
        aggregateVersion: ++version,
        payload,
      });
    try {
      await emit('ProducerRegistered', {
        kind: 'cooperative',
        legalName: 'HTX Gốm sứ Bát Tràng',
        registrationNumber: `HTX-${producerId.slice(0, 8).toUpperCase()}`,
        contact: { name: 'Nguyễn Văn An', phone: '0912345678' },
        province: 'Hà Nội',
        district: 'Gia Lâm',
        commune: 'Bát Tràng',
        craftVillage: 'Bát Tràng',
      });
      await emit('ProductRegistered', {
        productId,
        name: 'Bình gốm sứ Bát Tràng men lam',
        group: 'handicraft',
        subgroup: 'ceramics',
        unit: 'chiếc',
        priceMinVnd: 450_000,
        priceMaxVnd: 900_000,
        monthlyCapacity: 500,
        photoUrls: [],
        qrCode,
      });
      await emit('ProductCertified', {
        productId,
        stars: 5,
        decisionNumber: '55/QĐ-BNN',
        level: 'national',
        issuedOn: '2021-01-10',
        expiresOn: '2024-01-10',
      });
    } finally {
      await probe.stop();
    }
    const { html } = await pageShowing(qrCode, 'expired');
    expect(html).toContain('Đã hết hiệu lực');
    expect(html).toContain('<dt>Ngày hết hạn</dt><dd>10/01/2024</dd>');
    expect(html).toContain('<dt>Làng nghề</dt><dd>Bát Tràng</dd>');
    expect(html).not.toContain('data-status="valid"');
    expect(html).not.toContain('<img');
    const english = await pageShowing(qrCode, 'expired', '?lang=en');
    expect(english.html).toContain('>Expired</p>');
    expect(english.html).toContain('<strong>Handicrafts</strong>');
  });
});

/**
 * The `qrcode` package's SVG as pixels (4 per module): its dark modules are horizontal runs of a
 * stroked path, `M x y.5 h n` and relative `m dx dy h n`.
 */
function rasterise(svg: string): { data: Uint8ClampedArray; width: number; height: number } {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const path = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)![1];
  const scale = 4;
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([MmHhVv])(-?[\d.]+)(?:[ ,](-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else if (command === 'h') {
      const row = Math.floor(y);
      for (let col = x; col < x + Number(a); col++) {
        for (let dy = 0; dy < scale; dy++) {
          for (let dx = 0; dx < scale; dx++) {
            const at = ((row * scale + dy) * width + col * scale + dx) * 4;
            data.fill(0, at, at + 3);
          }
        }
      }
      x += Number(a);
    }
  }
  return { data, width, height: width };
}
