import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD, DEMO_USERS } from '@ocop/demo-data';
import { consolePage, launchChromium, logIn, settled, useLanguage } from './browser';

/**
 * npm run screenshots -- [--url http://127.0.0.1:3000] [--out screenshots]
 * A full-page screenshot of every page of the console for each demo role, in Vietnamese (and the
 * officer's in English too), and of the public product page on a phone, from a running stack with
 * the demo data. Look at them.
 */
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    out: { type: 'string', default: 'screenshots' },
  },
});
const base = values.url;

async function api(token: string, path: string): Promise<{ items?: { [key: string]: unknown }[] }> {
  const response = await fetch(`${base}/api/v1${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await response.json()) as { items?: { [key: string]: unknown }[] };
}

async function token(email: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function organisationOf(token: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { organisationId: string }).organisationId;
}

/** The first record's field of a list, if it has one. */
async function first(token: string, path: string, field: string): Promise<string | undefined> {
  return (await api(token, path)).items?.[0]?.[field] as string | undefined;
}

async function producerPages(): Promise<[string, string][]> {
  const producer = await token(DEMO_USERS.producer);
  const id = await organisationOf(producer);
  const pages: [string, string][] = [
    ['home', '/'],
    ['products', '/products'],
    ['qr-labels', '/products/labels'],
    ['fairs', '/fairs'],
    ['mous', '/mous'],
    ['orders', '/orders'],
    ['not-found', '/mous/00000000-0000-4000-8000-000000000000'],
  ];
  const fairId =
    (await first(producer, `/producers/${id}/bookings?limit=1`, 'fairId')) ??
    (await first(producer, '/fairs?status=booking-open&limit=1', 'fairId'));
  const mouId = await first(producer, `/producers/${id}/mous?limit=1`, 'mouId');
  const orderId = await first(producer, `/producers/${id}/orders?limit=1`, 'orderId');
  if (fairId) pages.push(['fair', `/fairs/${fairId}`]);
  if (mouId) pages.push(['mou', `/mous/${mouId}`]);
  if (orderId) pages.push(['order', `/orders/${orderId}`]);
  return pages;
}

async function distributorPages(): Promise<[string, string][]> {
  const distributor = await token(DEMO_USERS.distributor);
  const id = await organisationOf(distributor);
  const pages: [string, string][] = [
    ['catalogue', '/'],
    ['sourcing', '/sourcing'],
    ['fairs', '/fairs'],
    ['mous', '/mous'],
    ['orders', '/orders'],
    ['not-found', '/orders/00000000-0000-4000-8000-000000000000'],
  ];
  const product = (await api(distributor, '/catalogue/products?limit=1&q=gom')).items?.[0];
  const requestId = await first(
    distributor,
    `/distributors/${id}/sourcing-requests?limit=1`,
    'requestId',
  );
  const fairId = await first(distributor, '/fairs?status=booking-open&limit=1', 'fairId');
  const mouId = await first(distributor, `/distributors/${id}/mous?limit=1`, 'mouId');
  const orderId = await first(distributor, `/distributors/${id}/orders?limit=1`, 'orderId');
  if (product)
    pages.push([
      'product',
      `/catalogue/${String(product.producerId)}/${String(product.productId)}`,
    ]);
  if (requestId) pages.push(['sourcing-request', `/sourcing/${requestId}`]);
  if (fairId) pages.push(['fair', `/fairs/${fairId}`]);
  if (mouId) pages.push(['mou', `/mous/${mouId}`]);
  if (orderId) pages.push(['order', `/orders/${orderId}`]);
  return pages;
}

/** Each role's pages, detail pages at the first record the demo data has. */
async function pagesOf(role: keyof typeof DEMO_USERS): Promise<[string, string][]> {
  if (role === 'producer') return producerPages();
  if (role === 'distributor') return distributorPages();
  const officer = await token(DEMO_USERS.officer);
  const fairs = await api(officer, '/fairs?status=booking-open&limit=1');
  const products = await api(officer, '/catalogue/products?limit=1&q=gom');
  const mous = await api(officer, '/mous?limit=1');
  const fairId = fairs.items?.[0]?.fairId as string | undefined;
  const producerId = products.items?.[0]?.producerId as string | undefined;
  const mouId = mous.items?.[0]?.mouId as string | undefined;
  const pages: [string, string][] = [
    ['home', '/'],
    ['fairs', '/fairs'],
    ['producers', '/producers'],
    ['register-producer', '/producers/new'],
    ['mous', '/mous'],
    ['exports', '/exports'],
    ['not-found', '/no-such-page'],
  ];
  if (role === 'officer') pages.push(['schedule-fair', '/fairs/new']);
  if (fairId) pages.push(['fair-board', `/fairs/${fairId}`]);
  if (producerId) pages.push(['producer', `/producers/${producerId}`]);
  if (mouId) pages.push(['mou', `/mous/${mouId}`]);
  return pages;
}

async function main() {
  await mkdir(values.out, { recursive: true });
  const browser = await launchChromium();
  try {
    const anonymous = await consolePage(browser, base);
    await anonymous.goto('/login');
    await anonymous.locator('h1').waitFor();
    await anonymous.screenshot({ path: join(values.out, 'login.png'), fullPage: true });
    await anonymous.context().close();

    // The public page behind a label's QR code, as a phone shows it (no login).
    const officer = await token(DEMO_USERS.officer);
    const qrCode = await first(officer, '/catalogue/products?limit=1&q=gom', 'qrCode');
    if (qrCode) {
      const phone = await browser.newContext({
        baseURL: base,
        viewport: { width: 390, height: 844 },
        isMobile: true,
      });
      const visitor = await phone.newPage();
      await visitor.goto(`/p/${qrCode}`);
      await visitor.screenshot({ path: join(values.out, 'public-product.png'), fullPage: true });
      await phone.close();
    }

    for (const role of ['officer', 'producer', 'distributor', 'admin'] as const) {
      const page = await consolePage(browser, base);
      await logIn(page, DEMO_USERS[role], DEMO_PASSWORD);
      const languages: ('vi' | 'en')[] = role === 'officer' ? ['vi', 'en'] : ['vi'];
      for (const language of languages) {
        await useLanguage(page, language);
        for (const [name, path] of await pagesOf(role)) {
          await page.goto(path);
          await page.locator('h1').first().waitFor();
          // Done when nothing is loading any more (spinners of the page and its tables).
          await settled(page);
          await page.waitForLoadState('networkidle');
          const file = join(
            values.out,
            `${role}-${name}${language === 'vi' ? '' : `-${language}`}.png`,
          );
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
      }
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
