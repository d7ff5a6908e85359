import { expect, test } from "@playwright/test";
import { ADMIN_TOKEN } from "./env";
import { call, signIn } from "./support";

interface ApiRunner {
  runnerId: string;
  spec?: { configuration?: { releaseChannel?: string; autoUpdate?: boolean } };
}

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}`;

test.describe("fleet-wide settings update", () => {
  test("update every runner that matches a search: preview, apply, see each result, stored by the API", async ({ page, request }) => {
    const prefix = unique("e2e-fleet");
    const channels = ["RUNNER_RELEASE_CHANNEL_LATEST", "RUNNER_RELEASE_CHANNEL_LATEST", "RUNNER_RELEASE_CHANNEL_STABLE"];
    const runners = await Promise.all(
      channels.map(async (releaseChannel, i) => {
        const { runner } = await call<{ runner: ApiRunner }>(request, "RunnerService/CreateRunner", {
          name: `${prefix}-${i + 1}`,
          provider: "RUNNER_PROVIDER_LINUX_HOST",
          spec: { configuration: { releaseChannel, autoUpdate: true } },
        });
        return runner;
      }),
    );
    await signIn(page, ADMIN_TOKEN);
    await page.goto(`/runners?q=${prefix}`);
    await expect(page.getByText(/^3 of [\d,]+ runners$/)).toBeVisible();
    await page.getByRole("button", { name: "Update all 3" }).click();
    const dialog = page.getByRole("dialog", { name: "Update runner settings" });
    await dialog.getByLabel("Release channel").selectOption({ label: "Stable" });
    const preview = dialog.getByRole("region", { name: "Preview" });
    await expect(preview).toContainText("3 runners: 2 will be updated, 1 already has these settings");
    await expect(preview).toContainText("2 will change release channel to Stable, 1 already on Stable");
    await dialog.getByRole("button", { name: "Update 2 runners" }).click();
    await expect(page.getByRole("dialog", { name: "Updating runner settings" }).getByRole("status")).toHaveText("2 of 2 runners done: 2 updated, 0 failed");
    await page.getByRole("button", { name: "Show the 2 updated runners" }).click();
    await expect(page.getByRole("list", { name: "Runners updated" }).getByRole("listitem")).toHaveText([`${prefix}-1`, `${prefix}-2`]);
    await page.getByRole("button", { name: "Close" }).click();
    for (const runner of runners) {
      const { runner: stored } = await call<{ runner: ApiRunner }>(request, "RunnerService/GetRunner", { runnerId: runner.runnerId });
      expect(stored.spec?.configuration?.releaseChannel).toBe("RUNNER_RELEASE_CHANNEL_STABLE");
    }
  });

  test("the overview's outdated runners lead into the update with auto-update chosen", async ({ page }) => {
    await signIn(page, ADMIN_TOKEN);
    await page.getByRole("link", { name: "Turn on auto-update for these" }).click();
    const dialog = page.getByRole("dialog", { name: "Update runner settings" });
    await expect(dialog).toContainText(/Change settings of all \d+ outdated runners/);
    await expect(dialog.getByLabel("Auto update")).toHaveValue("on");
    await expect(dialog.getByRole("region", { name: "Preview" })).toContainText(/will change auto-update to on/);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(page).toHaveURL(/outdated=true/);
    await expect(page).not.toHaveURL(/update=/);
    await expect(page.getByRole("button", { name: "Remove filter: Outdated" })).toBeVisible();
  });
});
