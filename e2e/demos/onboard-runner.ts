import { expect } from "@playwright/test";
import type { Demo } from "./demo-context";
import { signInAsAdmin } from "./sign-in";

export const onboardRunner: Demo = {
  name: "onboard-runner",
  title: "Onboard a new runner",
  async run(demo) {
    const { page, step } = demo;
    const name = `demo-linux-${demo.suffix}`;
    await signInAsAdmin(demo);
    await step("Open Runners and start the create wizard", async () => {
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Runners" }).click();
      await page.getByRole("link", { name: "Create runner" }).click();
      await expect(page.getByRole("heading", { name: "Create runner" })).toBeVisible();
    });
    await step("Step 1: the runner will run on a Linux host", async () => {
      await page.getByRole("radio", { name: /Linux host/ }).check();
      await page.getByRole("button", { name: "Next" }).click();
    });
    await step(`Step 2: name it "${name}" and create it`, async () => {
      await page.getByRole("textbox", { name: "Name" }).fill(name);
      await page.getByRole("button", { name: "Create runner" }).click();
      await expect(page.getByText(`Runner "${name}" created`)).toBeVisible();
    });
    let exchangeToken = "";
    await step("Copy the one-time exchange token", async () => {
      await page.getByRole("button", { name: "Copy exchange token" }).click();
      exchangeToken = (await page.getByLabel("Exchange token").textContent())?.trim() ?? "";
      expect(exchangeToken).not.toBe("");
    });
    await step("Start the fake runner with it: npm run fake-runner -- <exchange token>", async () => {
      demo.startFakeRunner(exchangeToken);
      await expect(page.getByRole("status").filter({ hasText: "Runner status:" })).toBeVisible();
    });
    await step("The runner connects and turns Active", async () => {
      await expect(page.getByText("The runner is connected.")).toBeVisible({ timeout: 30_000 });
    });
    await step("Open the new runner", async () => {
      await page.getByRole("link", { name: `Open runner ${name}` }).click();
      await expect(page.getByRole("heading", { name })).toBeVisible();
    });
  },
};
