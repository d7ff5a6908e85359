import { expect } from "@playwright/test";
import type { Demo } from "./demo-context";
import { signInAsAdmin } from "./sign-in";

export const environmentClass: Demo = {
  name: "environment-class",
  title: "Configure an environment class from its schema",
  async run(demo) {
    const { page, step } = demo;
    const displayName = `Large builds ${demo.suffix}`;
    await signInAsAdmin(demo);
    await step('Open the runner "aws-prod-eu"', async () => {
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Runners" }).click();
      await page.getByRole("link", { name: "aws-prod-eu" }).click();
      await expect(page.getByRole("heading", { name: "aws-prod-eu" })).toBeVisible();
    });
    await step("Its environment classes: add a new one", async () => {
      await page.getByRole("link", { name: "Environment classes" }).last().click();
      await page.getByRole("link", { name: "New environment class" }).click();
    });
    const form = page.getByRole("form", { name: "New environment class on aws-prod-eu" });
    await step("The form is built from the runner's configuration schema", async () => {
      await expect(form).toBeVisible();
      await form.getByRole("textbox", { name: /Display name/ }).fill(displayName);
      await form.getByRole("textbox", { name: /Description/ }).fill("8 vCPU machines for the monorepo build");
    });
    await step("Pick a larger instance type", async () => {
      await form.getByRole("combobox", { name: /Instance type/ }).selectOption("m6i.2xlarge");
    });
    await step("A disk larger than the schema allows is caught", async () => {
      await form.getByRole("spinbutton", { name: /Disk size/ }).fill("900");
      await form.getByRole("button", { name: "Validate" }).click();
      await expect(form.getByText(/500/).first()).toBeVisible();
    });
    await step("Fix it, and run on spot instances", async () => {
      await form.getByRole("spinbutton", { name: /Disk size/ }).fill("200");
      await form.getByRole("switch", { name: /Spot instances/ }).click();
    });
    await step("Create the environment class", async () => {
      await form.getByRole("button", { name: "Create" }).click();
      await expect(page.getByText(displayName).first()).toBeVisible();
    });
  },
};
