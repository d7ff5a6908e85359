// axe on every page, light and dark: no "serious" or "critical" violation, on the page or in its main dialog.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN_TOKEN, E2E_BASE_URL, MEMBER_TOKEN } from "./env";
import {
  THEMES,
  consolePages,
  findDemoRunnerId,
  memberPages,
  openRepresentativeDialog,
  applyThemeBeforeLoad,
  waitForPageReady,
  type ConsolePage,
  type Theme,
} from "./pages";

const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

/** The blocking violations on screen now, one readable line per violation and element. */
async function blockingViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""))
    .flatMap((violation) =>
      violation.nodes.map((node) => {
        const detail = node.failureSummary?.split("\n").slice(1, 2).join("").trim() ?? "";
        return `${where}: ${violation.id} [${violation.impact}] ${node.target.join(" ")} — ${violation.help}${detail ? ` (${detail})` : ""}`;
      }),
    );
}

/** Visits the page, scans it, then opens its representative dialog (if any) and scans that. */
async function expectNoBlockingViolations(page: Page, consolePage: ConsolePage, theme: Theme) {
  const where = `${theme} ${consolePage.name} (${consolePage.path})`;
  await page.goto(consolePage.path);
  await waitForPageReady(page, consolePage);
  // The theme really applied: a dark scan of a light page would prove nothing.
  expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(
    theme === "dark",
  );
  const found = await blockingViolations(page, where);
  const dialog = await openRepresentativeDialog(page, consolePage);
  if (dialog) {
    found.push(...(await blockingViolations(page, `${where}, dialog`)));
    // An open combobox list takes the first Escape, the dialog the next.
    await expect(async () => {
      if (await dialog.isVisible()) await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden({ timeout: 1_000 });
    }).toPass();
  }
  expect(found, found.join("\n")).toEqual([]);
}

async function themedPage(browser: Browser, theme: Theme, token?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  await applyThemeBeforeLoad(page, theme);
  if (token) expect((await page.request.post("/api/auth/session", { data: { token } })).ok()).toBe(true);
  return page;
}

// The demo runner's id is random per data directory; the page list needs it before the tests are declared.
const runnerId = await findDemoRunnerId(E2E_BASE_URL, ADMIN_TOKEN);

test.describe.configure({ mode: "parallel" });

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    // One signed-in page per worker and role, reused by every page check.
    const pages = new Map<string, Page>();
    const pageFor = async (browser: Browser, role: "visitor" | "admin" | "member") => {
      const existing = pages.get(role);
      if (existing) return existing;
      const token = role === "admin" ? ADMIN_TOKEN : role === "member" ? MEMBER_TOKEN : undefined;
      const page = await themedPage(browser, theme, token);
      pages.set(role, page);
      return page;
    };
    test.afterAll(async () => {
      for (const page of pages.values()) await page.context().close();
    });

    for (const consolePage of consolePages(runnerId)) {
      test(`${consolePage.name} has no serious accessibility violations`, async ({ browser }) => {
        const page = await pageFor(browser, consolePage.signedOut ? "visitor" : "admin");
        await expectNoBlockingViolations(page, consolePage, theme);
      });
    }
    for (const consolePage of memberPages()) {
      test(`${consolePage.name} has no serious accessibility violations`, async ({ browser }) => {
        await expectNoBlockingViolations(await pageFor(browser, "member"), consolePage, theme);
      });
    }
  });
}
