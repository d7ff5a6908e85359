import { expect, test } from "@playwright/test";
import { adminHeaders, call, signIn } from "./support";

/** "2026-12-05T09:30" in the browser's zone, `days` from now. */
function localInput(days: number): string {
  const date = new Date(Date.now() + days * 24 * 3_600_000 + 3_600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

interface HostToken {
  id: string;
  host: string;
  source: string;
  scopes?: string[];
  expiresAt?: string;
}

test("an admin adds, rotates and deletes a host token; the value is never shown", async ({
  page,
  request,
}) => {
  const runnerName = `tokens-e2e-${Date.now().toString(36)}`;
  const { runner } = await call<{ runner: { runnerId: string } }>(request, "RunnerService/CreateRunner", {
    name: runnerName,
    provider: "RUNNER_PROVIDER_LINUX_HOST",
  });
  await call(request, "RunnerConfigurationService/CreateSCMIntegration", {
    runnerId: runner.runnerId,
    scmId: "gitlab",
    host: "gitlab.com",
    pat: true,
  });
  await signIn(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Host tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Host tokens" })).toBeVisible();
  await page.getByRole("combobox", { name: "Runner" }).selectOption({ label: runnerName });
  await expect(page).toHaveURL(new RegExp(`runnerId=${runner.runnerId}`));
  await expect(page.getByText("No host tokens")).toBeVisible();

  // Add
  await page.getByRole("button", { name: "Add host token" }).click();
  const form = page.getByRole("form", { name: "New host token" });
  await form.getByRole("combobox", { name: "Runner" }).selectOption({ label: runnerName });
  await form.getByRole("combobox", { name: "Host" }).fill("gitlab.com");
  await form.getByRole("textbox", { name: "Token", exact: true }).fill("glpat-e2e-first");
  await form.getByLabel("Expires").fill(localInput(20));
  await form.getByRole("textbox", { name: "Scopes" }).fill("api, read_repository");
  await form.getByRole("button", { name: "Add token" }).click();
  await expect(form).toBeHidden();

  const table = page.getByRole("table", { name: "Host tokens" });
  const row = table.getByRole("row").filter({ hasText: "gitlab.com" });
  await expect(row).toContainText("Ada Admin (you)");
  await expect(row).toContainText(runnerName);
  await expect(row).toContainText("PAT");
  await expect(row.getByText("Expires in 20 days")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("glpat-e2e-first");

  const listed = await call<{ tokens?: HostToken[] }>(
    request,
    "RunnerConfigurationService/ListHostAuthenticationTokens",
    { filter: { runnerId: runner.runnerId } },
  );
  expect(listed.tokens).toHaveLength(1);
  const token = listed.tokens?.[0];
  expect(token).toMatchObject({
    host: "gitlab.com",
    source: "HOST_AUTHENTICATION_TOKEN_SOURCE_PAT",
    scopes: ["api", "read_repository"],
  });
  expect(JSON.stringify(listed)).not.toContain("glpat-e2e-first");

  // Rotate with a new value and a later expiry; scopes left as they are.
  await row.getByRole("button", { name: "Update gitlab.com token of yours" }).click();
  const update = page.getByRole("form", { name: "Update host token" });
  await expect(update.getByLabel("New token value")).toHaveValue("");
  await update.getByLabel("New token value").fill("glpat-e2e-rotated");
  await update.getByLabel("Expires").fill(localInput(40));
  await update.getByRole("button", { name: "Save changes" }).click();
  await expect(update).toBeHidden();
  await expect(page.getByText("Rotated the gitlab.com token")).toBeVisible();
  await expect(row.getByText("Expires in 40 days")).toBeVisible();

  const { token: rotated } = await call<{ token: HostToken }>(
    request,
    "RunnerConfigurationService/GetHostAuthenticationToken",
    { id: token?.id },
  );
  expect(rotated.scopes).toEqual(["api", "read_repository"]);
  expect(new Date(rotated.expiresAt ?? 0).getTime()).toBeGreaterThan(
    new Date(token?.expiresAt ?? 0).getTime() + 19 * 24 * 3_600_000,
  );

  // Delete
  await row.getByRole("button", { name: "Delete gitlab.com token of yours" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete the gitlab.com token?" });
  await confirm.getByRole("button", { name: "Delete token" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText("No host tokens")).toBeVisible();

  const gone = await request.post("/api/gitpod.v1.RunnerConfigurationService/GetHostAuthenticationToken", {
    headers: adminHeaders,
    data: { id: token?.id },
  });
  expect(gone.status()).toBe(404);
  expect((await gone.json()).code).toBe("not_found");
});
