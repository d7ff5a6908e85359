import { expect, test, type Page } from "@playwright/test";
import { ADMIN_TOKEN, E2E_BASE_URL } from "./env";
import { consolePages, findDemoRunnerId, waitForPageReady, type ConsolePage } from "./pages";
import { call, signInBySession } from "./support";

// No page scrolls sideways, on a phone or a wide screen, even with names at the API's maximum length
// (127 characters, unbroken) and the longest descriptions (200).
const LONG_NAME = `w${"x".repeat(125)}z`;
const LONG_DESCRIPTION = `d${"e".repeat(198)}f`;
const WIDTHS = [390, 1920] as const;

interface EnvironmentClass {
  runnerId: string;
  configuration?: { key: string; value: string }[];
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe.configure({ mode: "serial" });

let pages: ConsolePage[] = [];
test.beforeAll(async ({ request }) => {
  const demoRunnerId = await findDemoRunnerId(E2E_BASE_URL, ADMIN_TOKEN);
  const { runner } = await call<{ runner: { runnerId: string } }>(request, "RunnerService/CreateRunner", {
    name: LONG_NAME,
    provider: "RUNNER_PROVIDER_LINUX_HOST",
  });
  const { environmentClasses } = await call<{ environmentClasses: EnvironmentClass[] }>(request, "RunnerConfigurationService/ListEnvironmentClasses", {
    filter: { runnerIds: [demoRunnerId] },
  });
  const template = environmentClasses[0];
  if (!template) throw new Error("the demo runner has environment classes");
  await call(request, "RunnerConfigurationService/CreateEnvironmentClass", {
    runnerId: demoRunnerId,
    displayName: LONG_NAME,
    description: LONG_DESCRIPTION,
    configuration: template.configuration ?? [],
  });
  await call(request, "RunnerConfigurationService/CreateSCMIntegration", { runnerId: runner.runnerId, scmId: "gitlab", host: "gitlab.com", pat: true });
  pages = [
    ...consolePages(demoRunnerId).filter((p) => !p.signedOut),
    { name: "long-runner", path: `/runners/${runner.runnerId}`, heading: new RegExp(`^${LONG_NAME}`) },
    { name: "long-runner-scm", path: `/runners/${runner.runnerId}/scm-integrations`, heading: new RegExp(`^${LONG_NAME}`) },
  ];
});

for (const width of WIDTHS) {
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 900 });
    await signInBySession(page, ADMIN_TOKEN);
    const overflowing: string[] = [];
    for (const consolePage of pages) {
      await page.goto(consolePage.path);
      await waitForPageReady(page, consolePage);
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) overflowing.push(`${consolePage.name} (+${overflow} px)`);
    }
    expect(overflowing).toEqual([]);
  });
}

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
