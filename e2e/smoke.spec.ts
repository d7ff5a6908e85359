import { expect, test } from "@playwright/test";

test("the console opens in the browser and asks for a sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page).toHaveTitle(/Runner Console/);
});
