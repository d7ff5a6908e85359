// Helpers the e2e specs share: calling the API as the admin, and signing in.
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { ADMIN_TOKEN } from "./env";

export const adminHeaders = { Authorization: `Bearer ${ADMIN_TOKEN}` };

/** Calls `Service/Method` over Connect JSON as the admin; fails the test on any non-2xx answer. */
export async function call<T>(request: APIRequestContext, method: string, data: object): Promise<T> {
  const response = await request.post(`/api/gitpod.v1.${method}`, {
    headers: adminHeaders,
    data,
  });
  expect(response.ok(), `${method} → ${response.status()} ${await response.text()}`).toBe(true);
  const json: T = await response.json();
  return json;
}

/** Signs in the way a user does, through the sign-in form, and waits for the overview. */
export async function signIn(page: Page, token: string = ADMIN_TOKEN) {
  await page.goto("/sign-in");
  await page.getByLabel("API token").fill(token);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
}

/** Opens a session straight through the API, for specs whose subject is not the sign-in itself. */
export async function signInBySession(page: Page, token: string) {
  const response = await page.request.post("/api/auth/session", { data: { token } });
  expect(response.status()).toBe(204);
}

/** Chooses `name` in a searchable combobox (runner or group pickers): types it, then clicks the option so named. */
export async function chooseOption(combobox: Locator, name: string) {
  await combobox.fill(name);
  const page = combobox.page();
  await page.getByRole("option").filter({ has: page.getByText(name, { exact: true }) }).first().click();
  await expect(combobox).toHaveValue(name);
}
