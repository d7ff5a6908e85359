import { expect, test } from "@playwright/test";
import { call, chooseOption, signIn } from "./support";

interface Integration {
  id: string;
  scmId: string;
  host: string;
  pat?: boolean;
  oauth?: { clientId?: string; encryptedClientSecret?: string };
}
interface HostToken {
  id: string;
  host: string;
  source: string;
  subject?: { id: string };
}

test("an admin adds a GitHub integration with OAuth and PAT, connects through the local OAuth flow, then deletes it", async ({
  page,
  request,
}) => {
  const runnerName = `scm-e2e-${Date.now().toString(36)}`;
  const { runner } = await call<{ runner: { runnerId: string } }>(request, "RunnerService/CreateRunner", {
    name: runnerName,
    provider: "RUNNER_PROVIDER_LINUX_HOST",
  });
  const session = await signIn(page).then(() => page.request.get("/api/auth/session"));
  const adminId: string = (await session.json()).subject.id;

  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "SCM integrations" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "SCM integrations" })).toBeVisible();
  await chooseOption(page.getByRole("combobox", { name: "Runner" }), runnerName);
  await expect(page).toHaveURL(new RegExp(`runnerIds=.*${runner.runnerId}`));
  await expect(page.getByText("No SCM integrations")).toBeVisible();

  await page.getByRole("button", { name: "New SCM integration" }).click();
  const form = page.getByRole("form", { name: "New SCM integration" });
  await chooseOption(form.getByRole("combobox", { name: "Runner" }), runnerName);
  await form.getByRole("combobox", { name: "SCM" }).selectOption({ label: "GitHub" });
  await expect(form.getByRole("textbox", { name: "Host" })).toHaveValue("github.com");
  await form.getByRole("switch", { name: "OAuth app" }).check();
  await expect(form.getByText(/\/api\/oauth\/callback$/)).toBeVisible();
  await expect(form.getByRole("button", { name: "Copy callback URL" })).toBeVisible();
  await form.getByRole("textbox", { name: "Client ID" }).fill("Iv1.e2e-client");
  await form.getByLabel("Client secret").fill("e2e-oauth-client-secret");
  await expect(form.getByRole("switch", { name: "Personal access tokens" })).toBeChecked();
  await expect(form.getByRole("link", { name: "How to create one" })).toHaveAttribute(
    "href",
    /docs\.github\.com/,
  );
  await form.getByRole("button", { name: "Save & test" }).click();

  const dialog = page.getByRole("dialog", { name: "Saved" });
  await expect(
    dialog.getByText("The integration for github.com is saved. You are not connected to it yet."),
  ).toBeVisible();
  const stored = await call<{ integrations: Integration[] }>(
    request,
    "RunnerConfigurationService/ListSCMIntegrations",
    {
      filter: { runnerIds: [runner.runnerId] },
    },
  );
  expect(stored.integrations).toHaveLength(1);
  expect(stored.integrations[0]).toMatchObject({
    scmId: "github",
    host: "github.com",
    pat: true,
    oauth: { clientId: "Iv1.e2e-client" },
  });
  expect(stored.integrations[0]?.oauth?.encryptedClientSecret).toBeTruthy();
  expect(JSON.stringify(stored)).not.toContain("e2e-oauth-client-secret");

  // The local OAuth flow: the authorize page, approve, and back to this page.
  await dialog.getByRole("link", { name: "Connect with OAuth to github.com" }).click();
  await expect(page).toHaveURL(/\/api\/oauth\/authorize\?/);
  await page.getByRole("button", { name: "Authorize" }).click();
  await expect(page).toHaveURL(new RegExp(`/scm-integrations\\?runnerIds=.*${runner.runnerId}`));
  // A confirmation says it worked; the outcome is then taken out of the address.
  await expect(page.getByText("Connected to github.com")).toBeVisible();
  await expect(page).not.toHaveURL(/[?&]oauth=/);
  const table = page.getByRole("table", { name: "SCM integrations" });
  const row = table.getByRole("row").filter({ hasText: "github.com" });
  await expect(row.getByText("Connected")).toBeVisible();
  await expect(row.getByText("Secret: set")).toBeVisible();
  await expect(row).not.toContainText("e2e-oauth-client-secret");

  const tokens = await call<{ tokens?: HostToken[] }>(
    request,
    "RunnerConfigurationService/ListHostAuthenticationTokens",
    {
      filter: { runnerId: runner.runnerId },
    },
  );
  expect(tokens.tokens).toHaveLength(1);
  expect(tokens.tokens?.[0]).toMatchObject({
    host: "github.com",
    source: "HOST_AUTHENTICATION_TOKEN_SOURCE_OAUTH",
    subject: { id: adminId },
  });

  // Delete: the dialog lists the OAuth token that goes with it.
  await row.getByRole("button", { name: `Delete github.com on ${runnerName}` }).click();
  const confirm = page.getByRole("dialog", { name: "Delete the github.com integration?" });
  await expect(
    confirm.getByRole("list", { name: "Host tokens deleted with the github.com integration" }),
  ).toContainText("Ada Admin (you) — OAuth");
  await confirm.getByRole("button", { name: "Delete integration" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText("No SCM integrations")).toBeVisible();

  const after = await call<{ integrations?: Integration[] }>(
    request,
    "RunnerConfigurationService/ListSCMIntegrations",
    { filter: { runnerIds: [runner.runnerId] } },
  );
  expect(after.integrations ?? []).toHaveLength(0);
  const tokensAfter = await call<{ tokens?: HostToken[] }>(
    request,
    "RunnerConfigurationService/ListHostAuthenticationTokens",
    { filter: { runnerId: runner.runnerId } },
  );
  expect(tokensAfter.tokens ?? []).toHaveLength(0);
});
