import { expect } from "@playwright/test";
import type { Demo } from "./demo-context";
import { signInAsAdmin } from "./sign-in";

const REPOSITORY = "https://github.com/acme-platform/service-1";

export const githubOAuth: Demo = {
  name: "github-oauth",
  title: "Connect GitHub with OAuth and check repository access",
  async run(demo) {
    const { page, step } = demo;
    // Its own runner with a GitHub OAuth app, so the demo leaves the shared demo runners untouched.
    const name = `demo-github-${demo.suffix}`;
    const headers = { Authorization: `Bearer ${demo.adminToken}` };
    const created = await page.request.post(`${demo.baseUrl}/api/gitpod.v1.RunnerService/CreateRunner`, {
      headers,
      data: { name, provider: "RUNNER_PROVIDER_LINUX_HOST", spec: {} },
    });
    const body: { runner?: { runnerId?: string } } = await created.json();
    const integration = await page.request.post(`${demo.baseUrl}/api/gitpod.v1.RunnerConfigurationService/CreateSCMIntegration`, {
      headers,
      data: { runnerId: body.runner?.runnerId, scmId: "github", host: "github.com", oauthClientId: "acme-demo-app", oauthPlaintextClientSecret: "demo-oauth-secret", pat: false },
    });
    expect(integration.ok()).toBe(true);

    await signInAsAdmin(demo);
    await step(`Open the runner "${name}"`, async () => {
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Runners" }).click();
      await page.getByRole("link", { name }).click();
      await expect(page.getByRole("heading", { name })).toBeVisible();
    });
    await step("Its GitHub integration uses OAuth: you are not connected yet", async () => {
      await page.getByRole("link", { name: "SCM integrations" }).last().click();
      await expect(page.getByRole("link", { name: "Connect with OAuth to github.com" })).toBeVisible();
    });
    await step("Connect with OAuth: GitHub asks you to authorize the console", async () => {
      await page.getByRole("link", { name: "Connect with OAuth to github.com" }).click();
      await expect(page.getByRole("heading", { name: /Authorize Runner Console to access github.com/ })).toBeVisible();
    });
    await step("Authorize: back in the console, connected", async () => {
      await page.getByRole("button", { name: "Authorize" }).click();
      await expect(page.getByText("Connected").first()).toBeVisible();
    });
    await step("Tools: check access to acme-platform/service-1", async () => {
      await page.getByRole("link", { name: "Tools" }).click();
      const form = page.getByRole("form", { name: "Check repository access" });
      await form.getByRole("textbox", { name: /Repository URL/ }).fill(REPOSITORY);
      await form.getByRole("button", { name: "Check access" }).click();
    });
    await step("You have access to the repository", async () => {
      await expect(page.getByText("You have access to this repository.")).toBeVisible();
    });
  },
};
