import { expect, test, type Page } from "@playwright/test";
import { ADMIN_TOKEN, E2E_BASE_URL } from "./env";
import { consolePages, findDemoRunnerId, openRepresentativeDialog, waitForPageReady, type ConsolePage } from "./pages";
import { seedLongNames } from "./long-names";
import { call, signInBySession } from "./support";

// No page scrolls sideways, on a phone, a tablet, a laptop or a wide screen, even with names at the API's maximum length
// (see long-names.ts).
const WIDTHS = [390, 768, 1280, 1920] as const;
// Forms keep a readable column: no text control wider than 48rem, however wide the window.
const FORM_COLUMN_PX = 48 * 16;

/** How far the page scrolls sideways (0 when it does not), and the innermost elements that stick out, for the report. */
async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    if (overflow <= 0) return { overflow, culprits: [] };
    // Clipped by a scrolling ancestor (a table frame, the tab strip): not what widens the page. An absolutely
    // positioned element (e.g. sr-only text) is clipped only by one that holds its containing block.
    const clipped = (element: Element) => {
      const absolute = ["absolute", "fixed"].includes(getComputedStyle(element).position);
      const containingBlock = element instanceof HTMLElement ? element.offsetParent : null;
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX === "visible") continue;
        if (!absolute || (containingBlock && (parent === containingBlock || parent.contains(containingBlock)))) return true;
      }
      return false;
    };
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > width + 0.5 && !clipped(element);
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 4).join(".")} "${(element.textContent ?? "").trim().slice(0, 30)}"`;
    const culprits = [...document.querySelectorAll("body *")]
      .filter((element) => sticksOut(element) && ![...element.children].some(sticksOut))
      .slice(0, 3)
      .map(describe);
    return { overflow, culprits };
  });
}

/** Text controls in the page that are wider than the form column, by their label. */
async function wideControls(page: Page): Promise<string[]> {
  return page.evaluate((limit) => {
    const controls = document.querySelectorAll<HTMLElement>("main input:not([type=checkbox]):not([type=radio]):not([type=hidden]), main select, main textarea");
    return [...controls]
      .filter((control) => control.getBoundingClientRect().width > limit)
      .map((control) => `${control.getAttribute("aria-label") ?? control.id} ${Math.round(control.getBoundingClientRect().width)} px`);
  }, FORM_COLUMN_PX);
}

/** Two frames after a resize: the layout (and anything React renders for the new width) has settled. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test.describe.configure({ mode: "serial" });

let pages: ConsolePage[] = [];
test.beforeAll(async ({ request }) => {
  const demoRunnerId = await findDemoRunnerId(E2E_BASE_URL, ADMIN_TOKEN);
  const longRunnerPages = await seedLongNames(async (method, body) => call(request, method, body), demoRunnerId);
  const seen = new Set<string>();
  pages = [
    ...consolePages(demoRunnerId).filter((p) => !p.signedOut),
    ...longRunnerPages,
  ].filter((p) => !seen.has(p.path) && Boolean(seen.add(p.path)));
});

test("no page or dialog scrolls sideways at 390, 768, 1280 or 1920 px, and form controls stay within a readable column", async ({ page }) => {
  test.setTimeout(240_000);
  await signInBySession(page, ADMIN_TOKEN);
  const overflowing: string[] = [];
  const wide: string[] = [];
  // Each page loads once at the phone width, then the window widens: the same page at every width, one load each.
  for (const consolePage of pages) {
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    await page.goto(consolePage.path);
    await waitForPageReady(page, consolePage);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await settle(page);
      const { overflow, culprits } = await horizontalOverflow(page);
      if (overflow > 0) overflowing.push(`${consolePage.name} at ${width} (+${overflow} px): ${culprits.join("; ")}`);
    }
    wide.push(...(await wideControls(page)).map((control) => `${consolePage.name}: ${control}`));
    // The page's dialog on a phone: its content wraps instead of scrolling sideways inside the dialog.
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    const dialog = await openRepresentativeDialog(page, consolePage);
    if (dialog) {
      const sideways = await dialog.evaluate((element) => element.scrollWidth - element.clientWidth);
      if (sideways > 0) overflowing.push(`${consolePage.name} dialog at ${WIDTHS[0]} (+${sideways} px)`);
      await page.keyboard.press("Escape");
    }
  }
  expect(overflowing).toEqual([]);
  expect(wide).toEqual([]);
});

test("on a phone the navigation is a menu button that opens a focus-trapped menu", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signInBySession(page, ADMIN_TOKEN);
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  const menuButton = page.getByRole("button", { name: "Menu" });
  await menuButton.click();
  const menu = page.getByRole("dialog", { name: "Menu" });
  await expect(menu.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();
  await menuButton.click();
  await menu.getByRole("link", { name: "Host tokens" }).click();
  await expect(menu).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Host tokens" })).toBeVisible();
});

test("tables stack their rows on a phone, each value labelled by its column", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signInBySession(page, ADMIN_TOKEN);
  await page.goto("/environment-classes");
  const table = page.getByRole("table").first();
  await expect(table).toBeVisible();
  const cell = table.locator("tbody td[data-label]").first();
  await expect(cell).toHaveAttribute("data-label", /\S/);
  expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe("grid");
});
