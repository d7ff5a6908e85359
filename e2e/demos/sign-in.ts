import { expect } from "@playwright/test";
import type { DemoContext } from "./demo-context";

/** The first step of every demo: sign in as Ada Admin through the sign-in page. */
export async function signInAsAdmin({ page, baseUrl, adminToken, step }: DemoContext) {
  await step("Sign in to the Runner Console as Ada Admin", async () => {
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("API token").fill(adminToken);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  });
}
