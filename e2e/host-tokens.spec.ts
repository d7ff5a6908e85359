import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_NOW } from "./env";
import { adminHeaders, call, chooseOption, signIn } from "./support";

/** A datetime-local value in the browser's zone, `days` after the console's clock (relative times follow the server). */
function localInput(days: number): string {
  const date = new Date(Date.parse(E2E_NOW) + days * 24 * 3_600_000 + 3_600_000);
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

/** A fresh runner of this spec's own whose gitlab.com integration allows personal access tokens. */
async function runnerWithGitLabPats(request: APIRequestContext, prefix: string) {
  const runnerName = `${prefix}-${Date.now().toString(36)}`;
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
  return { runnerName, runner };
}

test("an admin adds, rotates and deletes a host token; the value is never shown", async ({
  page,
  request,
}) => {
  const { runnerName, runner } = await runnerWithGitLabPats(request, "tokens-e2e");
  await signIn(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Host tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Host tokens" })).toBeVisible();
  await chooseOption(page.getByRole("combobox", { name: "Runner" }), runnerName);
  await expect(page).toHaveURL(new RegExp(`runnerId=${runner.runnerId}`));
  await expect(page.getByText("No host tokens")).toBeVisible();

  // Add
  await page.getByRole("button", { name: "Add host token" }).click();
  const form = page.getByRole("form", { name: "New host token" });
  await chooseOption(form.getByRole("combobox", { name: "Runner" }), runnerName);
  await form.getByRole("combobox", { name: "Host" }).selectOption("gitlab.com");
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
  // The dialog names the token by the ID the server stored (with Copy), never by its value.
  const updateDialog = page.getByRole("dialog", { name: "Update the gitlab.com token" });
  await expect(updateDialog.getByText(token?.id ?? "no token id")).toBeVisible();
  await expect(updateDialog.getByRole("button", { name: "Copy Token ID" })).toBeVisible();
  await expect(updateDialog).toContainText(`${runnerName} uses it to reach gitlab.com`);
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

test("a PAT-only integration leads to adding a personal access token on its runner", async ({
  page,
  request,
}) => {
  const { runnerName, runner } = await runnerWithGitLabPats(request, "scm-pat-e2e");
  await signIn(page);
  await page.goto("/scm-integrations");
  await chooseOption(page.getByRole("combobox", { name: "Runner" }), runnerName);
  const row = page
    .getByRole("table", { name: "SCM integrations" })
    .getByRole("row")
    .filter({ hasText: "gitlab.com" });
  await expect(row.getByText("Not connected")).toBeVisible();

  // The hint is a link to the runner's host tokens, where "Add host token" starts on that runner.
  await row
    .getByRole("link", { name: `Add a personal access token for gitlab.com on ${runnerName}`, exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/host-tokens\\?runnerId=${runner.runnerId}`));
  await expect(page.getByRole("combobox", { name: "Runner" })).toHaveValue(runnerName);
  await page.getByRole("button", { name: "Add host token" }).click();
  const form = page.getByRole("form", { name: "New host token" });
  await expect(form.getByRole("combobox", { name: "Runner" })).toHaveValue(runnerName);
  await form.getByRole("combobox", { name: "Host" }).selectOption("gitlab.com");
  await form.getByRole("textbox", { name: "Token", exact: true }).fill("glpat-e2e-from-hint");
  await form.getByRole("button", { name: "Add token" }).click();
  await expect(form).toBeHidden();
  await expect(
    page.getByRole("table", { name: "Host tokens" }).getByRole("row").filter({ hasText: "gitlab.com" }),
  ).toContainText("Ada Admin (you)");

  const stored = await call<{ tokens?: HostToken[] }>(
    request,
    "RunnerConfigurationService/ListHostAuthenticationTokens",
    {
      filter: { runnerId: runner.runnerId },
    },
  );
  expect(stored.tokens?.map((token) => [token.host, token.source])).toEqual([
    ["gitlab.com", "HOST_AUTHENTICATION_TOKEN_SOURCE_PAT"],
  ]);
  expect(JSON.stringify(stored)).not.toContain("glpat-e2e-from-hint");
});
