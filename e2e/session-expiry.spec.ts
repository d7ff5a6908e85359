import { expect, test, type Page } from "@playwright/test";
import { ADMIN_TOKEN } from "./env";
import { call, chooseOption, signIn, signInBySession } from "./support";

interface HostToken {
  host: string;
  scopes?: string[];
}

test("a session that expires while adding a host token: sign in again in place, the token is created as typed", async ({ page, request }) => {
  const runnerName = `expiry-e2e-${Date.now().toString(36)}`;
  const { runner } = await call<{ runner: { runnerId: string } }>(request, "RunnerService/CreateRunner", { name: runnerName, provider: "RUNNER_PROVIDER_LINUX_HOST" });
  await call(request, "RunnerConfigurationService/CreateSCMIntegration", { runnerId: runner.runnerId, scmId: "gitlab", host: "gitlab.com", pat: true });
  await signIn(page);

  await page.goto(`/host-tokens?runnerId=${runner.runnerId}`);
  await page.getByRole("button", { name: "Add host token" }).click();
  const form = page.getByRole("form", { name: "New host token" });
  await chooseOption(form.getByRole("combobox", { name: "Runner" }), runnerName);
  await form.getByRole("combobox", { name: "Host" }).selectOption("gitlab.com");
  await form.getByRole("textbox", { name: "Token", exact: true }).fill("glpat-typed-before-expiry");
  await form.getByRole("textbox", { name: "Scopes" }).fill("api, read_repository");

  // The session ends on the server (as when it expires): the browser still holds its now-dead cookie.
  const cookies = await page.context().cookies();
  const ended = await page.request.delete("/api/auth/session", { headers: { "Connect-Protocol-Version": "1" } });
  expect(ended.ok()).toBe(true);
  await page.context().addCookies(cookies);

  await form.getByRole("button", { name: "Add token" }).click();
  const signInDialog = page.getByRole("dialog", { name: "Your session expired" });
  await expect(signInDialog).toBeVisible();
  // Behind the modal sign-in the form is hidden from assistive tech, but still holds what was typed.
  const hiddenForm = page.getByRole("form", { name: "New host token", includeHidden: true });
  await expect(hiddenForm.getByRole("textbox", { name: "Scopes", includeHidden: true })).toHaveValue("api, read_repository");
  await signInDialog.getByLabel("API token").fill(ADMIN_TOKEN);
  await signInDialog.getByRole("button", { name: "Sign in" }).click();

  await expect(signInDialog).toBeHidden();
  await expect(form).toBeHidden();
  await expect(page).toHaveURL(/\/host-tokens/);
  const { tokens } = await call<{ tokens?: HostToken[] }>(request, "RunnerConfigurationService/ListHostAuthenticationTokens", {
    filter: { runnerId: runner.runnerId },
  });
  expect(tokens?.map((t) => ({ host: t.host, scopes: t.scopes }))).toEqual([{ host: "gitlab.com", scopes: ["api", "read_repository"] }]);
});

test("a redirect to sign-in after the session ended says so", async ({ page }) => {
  await signIn(page);
  await page.goto("/runners");
  await expect(page.getByRole("heading", { level: 1, name: "Runners" })).toBeVisible();
  // The list's background read is done, so the first request the ended session meets is the next page's.
  await expect(page.getByRole("row").nth(1)).toBeVisible();
  const cookies = await page.context().cookies();
  await page.request.delete("/api/auth/session", { headers: { "Connect-Protocol-Version": "1" } });
  await page.context().addCookies(cookies);
  // The next page's load fails; the user closes the in-place sign-in and lands on the sign-in page with the reason.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Environment classes" }).click();
  const signInDialog = page.getByRole("dialog", { name: "Your session expired" });
  await expect(signInDialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/sign-in\?.*reason=expired/);
  await expect(page.getByText("Your session expired. Sign in again to continue where you were.")).toBeVisible();
});

/** Opens `path` with a page rendered for the signed-in admin, whose session ends before the page's first API call. */
async function openWithSessionEndingAfterPage(page: Page, path: string) {
  await signInBySession(page, ADMIN_TOKEN);
  await page.route((url) => url.pathname === path, async (route) => {
    const response = await route.fetch();
    expect(await response.text()).toContain('"displayName":"Ada Admin"');
    const cookies = await page.context().cookies();
    await page.request.delete("/api/auth/session", { headers: { "Connect-Protocol-Version": "1" } });
    await page.context().addCookies(cookies);
    await route.fulfill({ response });
  });
  await page.goto(path);
}

test("a page rendered for a session that ended before its first request ends at sign-in, saying so", async ({ page }) => {
  await openWithSessionEndingAfterPage(page, "/environment-classes");
  // The shell is up (from the page's session); the first request is refused: the in-place sign-in, as for any expiry.
  const signInDialog = page.getByRole("dialog", { name: "Your session expired" });
  await expect(signInDialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/sign-in\?.*reason=expired/);
  await expect(page.getByText("Your session expired. Sign in again to continue where you were.")).toBeVisible();
});

test("the runners list rendered for a session that ended: signing in again in place loads the list", async ({ page }) => {
  await openWithSessionEndingAfterPage(page, "/runners");
  const signInDialog = page.getByRole("dialog", { name: "Your session expired" });
  await expect(signInDialog).toBeVisible();
  await signInDialog.getByLabel("API token").fill(ADMIN_TOKEN);
  await signInDialog.getByRole("button", { name: "Sign in" }).click();
  await expect(signInDialog).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Runners" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Could not load runners" })).toHaveCount(0);
  await expect(page.getByRole("row").nth(1)).toBeVisible();
});

test("the runners list rendered for a session that ended: closing the sign-in goes to the sign-in page, saying so", async ({ page }) => {
  // The list's runners come from the fleet index's walk, a background read rather than a query.
  await openWithSessionEndingAfterPage(page, "/runners");
  const signInDialog = page.getByRole("dialog", { name: "Your session expired" });
  await expect(signInDialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/sign-in\?.*redirect=%2Frunners.*reason=expired|\/sign-in\?.*reason=expired.*redirect=%2Frunners/);
  await expect(page.getByText("Your session expired. Sign in again to continue where you were.")).toBeVisible();
});
