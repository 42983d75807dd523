import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { projectRoot } from '@dondoc/config/project-root';
import { TestSystem } from './system';
import { WEB_DIST } from '../../apps/api/src/web/web-app';

/** Debian's Chromium (`apt-get install chromium`); no browser is ever downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(projectRoot(), '.data', 'screenshots');

export const DESK = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * One Chromium for a test file, a fresh profile each run, and for each person a context of
 * their own (cookies, viewport), in Vietnam's time zone and language.
 */
export class Browsers {
  private browser?: Browser;
  private baseUrl = '';
  private shots = 0;

  constructor(private readonly suite: string) {}

  async start(baseUrl: string): Promise<this> {
    this.baseUrl = baseUrl;
    // Playwright gives every launch a fresh, temporary profile of its own.
    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    rmSync(join(SCREENSHOTS, this.suite), { recursive: true, force: true });
    mkdirSync(join(SCREENSHOTS, this.suite), { recursive: true });
    return this;
  }

  async person(viewport = DESK): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser!.newContext({
      baseURL: this.baseUrl,
      viewport,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    return { context, page };
  }

  /** A full-page screenshot, numbered in the order the journey takes it. */
  async shot(page: Page, name: string): Promise<string> {
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const file = join(
      SCREENSHOTS,
      this.suite,
      `${String(++this.shots).padStart(2, '0')}-${name}.png`,
    );
    await page.screenshot({ path: file, fullPage: true });
    return file;
  }

  /**
   * The README's pictures (docs/screenshots/), the visible part only, kept small: written when
   * README_SCREENSHOTS=1, so an ordinary run changes no committed file.
   */
  async readme(page: Page, name: string): Promise<void> {
    if (process.env.README_SCREENSHOTS !== '1') return;
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.mouse.wheel(0, -100_000);
    mkdirSync(join(projectRoot(), 'docs', 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(projectRoot(), 'docs', 'screenshots', `${name}.png`) });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
  }
}

/**
 * A browser test file's parts: the real system listening for the browser, one Chromium, and
 * `check` for every page worth a look (a screenshot, and axe-core's serious findings kept in
 * `violations` for the file's last test to assert empty).
 */
export function browserSuite(suite: string) {
  const sys = new TestSystem();
  const browsers = new Browsers(suite);
  const violations: string[] = [];
  beforeAll(async () => {
    const index = join(WEB_DIST, 'index.html');
    if (!existsSync(index) || !readFileSync(index, 'utf8').includes('<div id="root">')) {
      throw new Error('the web app is not built: npm run web:build');
    }
    await sys.start({ listen: true });
    await browsers.start(sys.url);
  }, 120_000);
  afterAll(async () => {
    await browsers.stop();
    await sys.stop();
  });
  const check = async (page: Page, name: string): Promise<void> => {
    await browsers.shot(page, name);
    violations.push(...(await seriousViolations(page)).map((v) => `${name}: ${v}`));
  };
  return { sys, browsers, check, violations };
}

/**
 * Accessibility violations of serious or critical impact on the page as it is now (axe-core),
 * once its toasts have gone and Ant Design's enter and leave animations are over: a toast
 * fading out on its own clock in the middle of the analysis fails the contrast rule for the
 * moment it takes to go, which is no finding about the page.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 8_000 })
    .catch(() => undefined);
  const inMotion = /-(enter|leave|appear)(-(active|prepare|start))?$/.source;
  await page
    .waitForFunction(
      `![...document.querySelectorAll('[class]')].some((el) =>
         [...el.classList].some((c) => new RegExp(${JSON.stringify(inMotion)}).test(c)))`,
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

/** Signs in on the sign-in page, by keyboard as a clerk would: type, Tab, type, Enter. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').waitFor();
  await page.getByLabel('Tên đăng nhập').focus();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
}

/** A date as the pickers take it typed: dd/mm/yyyy. */
export const typedDate = (d: string) => d.split('-').reverse().join('/');

/** Types a YYYY-MM-DD date into the date picker labelled `label`. */
export async function chooseDate(page: Page, label: string | RegExp, date: string): Promise<void> {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(typedDate(date));
  await input.press('Enter');
}
