// The example portal (examples/portal) embeds the console twice — mounted in a shadow root and in an
// iframe — on another origin than the console, under hostile global CSS.
import { expect as baseExpect, test, type Locator, type Page } from "@playwright/test";
import { startPortalStack, type PortalStack } from "../examples/portal/stack";

const CONSOLE_PORT = 8384;
const PORTAL_PORT = 8385;
const FOREIGN_PORTAL_PORT = 8386;

let stack: PortalStack;
// Two consoles load at once on a shared 2-core machine: allow them time.
const expect = baseExpect.configure({ timeout: 15_000 });

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // Three Vite builds (console, library, portal) come first.
  test.setTimeout(240_000);
  stack = await startPortalStack({
    consolePort: CONSOLE_PORT,
    portalPort: PORTAL_PORT,
    foreignPortalPorts: [FOREIGN_PORTAL_PORT],
    quiet: true,
  });
});

test.afterAll(async () => {
  await stack?.close();
});

const STYLE_PROPERTIES = [
  "font-family",
  "font-size",
  "font-weight",
  "line-height",
  "letter-spacing",
  "text-transform",
  "color",
  "background-color",
  "border-top-style",
  "border-top-width",
  "border-top-left-radius",
  "padding-top",
  "padding-left",
  "margin-top",
  "height",
  "width",
  "box-sizing",
  "box-shadow",
];

function computedStyles(locator: Locator, properties = STYLE_PROPERTIES): Promise<Record<string, string>> {
  return locator.evaluate((element, names) => {
    const style = getComputedStyle(element);
    return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
  }, properties);
}

function mountedConsole(page: Page) {
  return page.getByTestId("mounted-console");
}

function frameConsole(page: Page) {
  return page.frameLocator("#console-frame");
}

test("the mounted console gets its token from the host, lists runners and opens a dialog inside its shadow root", async ({ page }) => {
  await page.goto(stack.portalUrl);
  const mounted = mountedConsole(page);
  await expect(mounted.getByRole("link", { name: "aws-prod-eu" })).toBeVisible();
  await expect(page.getByRole("status", { name: "Mounted console location" })).toHaveText(/Console at \/runners/);

  await mounted.getByRole("checkbox", { name: "Select aws-staging-us" }).check();
  await mounted.getByRole("button", { name: "Delete 1 selected" }).click();
  const dialog = mounted.getByRole("dialog", { name: "Delete 1 runner?" });
  await expect(dialog).toBeVisible();
  const home = await dialog.evaluate((element) => {
    const root = element.getRootNode();
    return root instanceof ShadowRoot && root.host instanceof HTMLElement ? root.host.id : "document";
  });
  expect(home).toBe("mounted-console");
  // The dialog is styled by the console: sans-serif, white, rounded — not the host's serif.
  const dialogStyle = await computedStyles(dialog, ["font-family", "background-color", "border-top-left-radius"]);
  expect(dialogStyle["font-family"]).toBe("ui-sans-serif, system-ui, sans-serif");
  expect(dialogStyle["background-color"]).toBe("rgb(255, 255, 255)");
  expect(dialogStyle["border-top-left-radius"]).toBe("8px");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  // Nothing was deleted: the server still has the runner.
  const response = await page.request.post(`${stack.consoleUrl}/api/gitpod.v1.RunnerService/ListRunners`, {
    headers: { Authorization: `Bearer ${stack.adminToken}` },
    data: { pagination: { pageSize: 100 } },
  });
  const body: { runners?: { name?: string }[] } = await response.json();
  expect(body.runners?.map((runner) => runner.name)).toContain("aws-staging-us");
});

test("the iframe console gets its token by postMessage, lists runners, opens a dialog and reports height and navigation", async ({ page }) => {
  await page.goto(stack.portalUrl);
  const frame = frameConsole(page);
  await expect(frame.getByRole("link", { name: "aws-prod-eu" })).toBeVisible();
  await frame.getByRole("checkbox", { name: "Select aws-staging-us" }).check();
  await frame.getByRole("button", { name: "Delete 1 selected" }).click();
  const dialog = frame.getByRole("dialog", { name: "Delete 1 runner?" });
  await expect(dialog).toBeVisible();
  // Chromium does not let a cross-origin frame scroll its host page, so a click inside cannot bring the frame into
  // view (and the frame grows while the dialog opens): scroll the host to the frame's top, as a user would.
  await page.locator("#console-frame").evaluate((frameElement) => frameElement.scrollIntoView({ block: "start" }));
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  await frame.getByRole("link", { name: "Policies" }).click();
  await expect(page.getByRole("status", { name: "Iframe console location" })).toHaveText(/^Console at \/policies(\?view=runners)?$/);
  // The host follows the reported content height (the iframe starts at 480px).
  await expect.poll(async () => page.locator("#console-frame").evaluate((element) => element.getBoundingClientRect().height)).not.toBe(484);
});

test("mounting the console changes nothing in the host page's header", async ({ page }) => {
  await page.goto(stack.portalUrl);
  await expect(mountedConsole(page).getByRole("link", { name: "aws-prod-eu" })).toBeVisible();
  const header = page.getByTestId("portal-header");
  const parts = [
    header,
    header.getByRole("heading", { name: "Acme Portal" }),
    header.getByRole("link", { name: "Teams" }),
    header.getByRole("button", { name: "Portal action" }),
  ];
  await page.getByRole("button", { name: "Unmount console" }).click();
  await expect(mountedConsole(page).getByRole("link", { name: "aws-prod-eu" })).toHaveCount(0);
  const before = await Promise.all(parts.map((part) => computedStyles(part)));

  await page.getByRole("button", { name: "Mount console" }).click();
  await expect(mountedConsole(page).getByRole("link", { name: "aws-prod-eu" })).toBeVisible();
  const after = await Promise.all(parts.map((part) => computedStyles(part)));
  expect(after).toEqual(before);
  // And the host's own styles really are the hostile ones (the comparison is not vacuous).
  expect(before[3]?.["text-transform"]).toBe("uppercase");
});

test("the console's buttons keep their own styles despite the host's global CSS", async ({ page }) => {
  await page.goto(stack.portalUrl);
  const mountedButton = mountedConsole(page).getByRole("button", { name: "Refresh" });
  const frameButton = frameConsole(page).getByRole("button", { name: "Refresh" });
  await expect(mountedButton).toBeVisible();
  await expect(frameButton).toBeVisible();
  // The iframe has no host CSS at all: the mounted button must look exactly like it.
  const mountedStyle = await computedStyles(mountedButton);
  expect(mountedStyle).toEqual(await computedStyles(frameButton));
  expect(mountedStyle["text-transform"]).toBe("none");
  expect(mountedStyle["border-top-style"]).toBe("solid");
  expect(mountedStyle["font-size"]).toBe("14px");
  // The brand colour the portal chose reaches the console's primary button.
  await expect(mountedConsole(page).getByRole("link", { name: "Create runner" })).toHaveCSS("background-color", "rgb(15, 118, 110)");
});

test("a cross-origin API call from the mounted console passes CORS with a bearer token and no cookie", async ({ page }) => {
  const listRunners = page.waitForResponse(
    (response) => response.url() === `${stack.consoleUrl}/api/gitpod.v1.RunnerService/ListRunners` && response.frame() === page.mainFrame(),
  );
  await page.goto(stack.portalUrl);
  const response = await listRunners;
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe(stack.portalUrl);
  expect(response.headers()["access-control-allow-credentials"]).toBeUndefined();
  const sent = await response.request().allHeaders();
  expect(sent.origin).toBe(stack.portalUrl);
  expect(sent.authorization).toBe(`Bearer ${stack.adminToken}`);
  expect(sent.cookie).toBeUndefined();
  await expect(mountedConsole(page).getByRole("link", { name: "aws-prod-eu" })).toBeVisible();
});

test("a token posted from an origin outside EMBED_ALLOWED_ORIGINS is ignored by the iframe console", async ({ page }) => {
  const [foreignUrl] = stack.foreignPortalUrls;
  if (!foreignUrl) throw new Error("the stack has no foreign portal");
  const rpcCalls: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(`${stack.consoleUrl}/api/`) && request.frame() !== page.mainFrame()) rpcCalls.push(request.url());
  });
  await page.goto(foreignUrl);
  const frame = frameConsole(page);
  await expect(frame.getByRole("status").filter({ hasText: "Waiting for the host page to provide a token" })).toBeVisible();
  // The foreign page holds a valid token and posts it straight into the frame.
  await page.locator("#console-frame").evaluate((iframe, token) => {
    if (iframe instanceof HTMLIFrameElement) iframe.contentWindow?.postMessage({ channel: "runner-console", type: "token", token }, "*");
  }, stack.adminToken);
  await page.waitForTimeout(1500);
  await expect(frame.getByRole("status").filter({ hasText: "Waiting for the host page to provide a token" })).toBeVisible();
  await expect(frame.getByRole("link", { name: "aws-prod-eu" })).toHaveCount(0);
  expect(rpcCalls).toEqual([]);
});
