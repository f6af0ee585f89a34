import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's Chromium (deploy/local/browser.sh installs it), never a browser a test tool downloads.
 * As root it runs only without the sandbox; background networking is off for a machine without
 * internet (its connections would be refused, many at a time).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page in Việt Nam's zone and language, as the console's users see it. It asks for reduced
 * motion, which the console honours: axe then never judges a modal or list caught mid-fade.
 */
export async function consolePage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    reducedMotion: 'reduce',
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  return context.newPage();
}

/** Logs in through the login page and waits for the role's home. */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.locator('h1').first().waitFor();
}

/** Waits until the page shows no spinner (its own or its tables') and the network is quiet. */
export async function settled(page: Page): Promise<void> {
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 20_000 });
  await page.waitForLoadState('networkidle');
}

/** The console's language for the next page loads (what its switch stores). */
export async function useLanguage(page: Page, language: 'vi' | 'en'): Promise<void> {
  await page.evaluate((lang) => {
    (
      globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
    ).localStorage.setItem('ocop.lang', lang);
  }, language);
}
