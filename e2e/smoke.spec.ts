import { expect, test, type Page } from "@playwright/test";
import { ADMIN_TOKEN } from "./env";
import { signInBySession } from "./support";

test("the console opens in the browser and asks for a sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page).toHaveTitle(/Runner Console/);
});

/** Console errors, CSP violations and the requests the page makes, from before its first byte. */
async function watchBoot(page: Page) {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective}`));
  });
  return { errors, requests };
}

// The server renders the config and the session into the page: the first load asks for neither.
test.describe("the first load takes its config and session from the page", () => {
  test("signed out, /sign-in shows the form without a failed session request or a console error", async ({ page }) => {
    const boot = await watchBoot(page);
    await page.goto("/sign-in");
    await expect(page.getByLabel("API token")).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(boot.errors).toEqual([]);
    expect(boot.requests.filter((p) => p === "/console-config.json" || p.endsWith("/auth/session"))).toEqual([]);
  });

  test("signed out, a signed-in page goes to /sign-in without asking the server first", async ({ page }) => {
    const boot = await watchBoot(page);
    await page.goto("/runners");
    await expect(page).toHaveURL(/\/sign-in\?redirect=%2Frunners$/);
    await expect(page.getByLabel("API token")).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(boot.errors).toEqual([]);
    expect(boot.requests.filter((p) => p.endsWith("/auth/session"))).toEqual([]);
  });

  test("signed in, /runners lists runners with the user's menu, and only the list's RPCs go out", async ({ page }) => {
    await signInBySession(page, ADMIN_TOKEN);
    const boot = await watchBoot(page);
    await page.goto("/runners");
    await expect(page.getByRole("heading", { level: 1, name: "Runners" })).toBeVisible();
    await expect(page.getByText("Ada Admin", { exact: true }).first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(boot.errors).toEqual([]);
    expect(boot.requests.filter((p) => p === "/console-config.json" || p.endsWith("/auth/session"))).toEqual([]);
    // The route's chunks came with the page (modulepreload), not discovered after the entry ran.
    const preloaded = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(preloaded.some((href) => href?.includes("/assets/runners-"))).toBe(true);
  });
});
