import { expect, test, type Page } from "@playwright/test";
import { ADMIN_TOKEN, MEMBER_TOKEN } from "./env";

const navLinks = ["Overview", "Runners", "Environment classes", "SCM integrations", "Host tokens", "Policies", "Settings"];

async function signIn(page: Page, token: string) {
  await page.getByLabel("API token").fill(token);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an admin signs in, sees who they are and the navigation", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText("data/demo-credentials.txt")).toBeVisible();
  await signIn(page, ADMIN_TOKEN);

  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  const header = page.getByRole("banner");
  await expect(header.getByText("Ada Admin")).toBeVisible();
  await expect(header.getByText("Org admin")).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const name of navLinks) await expect(nav.getByRole("link", { name })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  // The overview shows the demo fixture's degraded runner and links to it.
  await expect(page.getByRole("link", { name: "aws-staging-us" })).toHaveAttribute("href", /\/runners\/[\w-]+$/);
});

test("a member sees their role", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, MEMBER_TOKEN);
  const header = page.getByRole("banner");
  await expect(header.getByText("Max Member")).toBeVisible();
  await expect(header.getByText("Member", { exact: true })).toBeVisible();
});

test("the shell works with the keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, ADMIN_TOKEN);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();

  // The first Tab reaches the skip link; following it puts focus on the main region.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main-content")).toBeFocused();

  // Tab through the navigation to "Settings" and open it with Enter.
  const settings = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" });
  for (let presses = 0; presses < 60 && !(await settings.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(settings).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(settings).toHaveAttribute("aria-current", "page");

  // The theme is a radio group: arrow keys change it, and the page turns dark.
  await page.getByRole("main").getByRole("radio", { name: "System" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("main").getByRole("radio", { name: "Dark" })).toBeChecked();
  await expect(page.locator("html")).toHaveClass(/dark/);
});

test("signing out ends the session on the server and protects the pages again", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, ADMIN_TOKEN);
  await expect(page.getByRole("banner").getByText("Ada Admin")).toBeVisible();
  expect((await page.request.get("/api/auth/session")).status()).toBe(200);

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await page.request.get("/api/auth/session")).status()).toBe(401);

  // A protected page sends the user to sign in and back to where they wanted to go.
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fsettings$/);
  await signIn(page, ADMIN_TOKEN);
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByText("Local API (demo data on this machine)")).toBeVisible();
});

test("a wrong token shows an error and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, "not-a-real-token");
  const field = page.getByLabel("API token");
  await expect(page.getByText("This token was not accepted. Check it and try again.")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveValue("not-a-real-token");
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await page.request.get("/api/auth/session")).status()).toBe(401);
});
