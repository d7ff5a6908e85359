import { expect, test } from "@playwright/test";

test("the console opens in the browser", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Runner Console" })).toBeVisible();
});
