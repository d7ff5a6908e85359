import { createClient } from "@connectrpc/connect";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestContext } from "../../../../server/testing";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { adminSession, memberSession, renderPages } from "../../../../test/ui/render-pages";
import {
  HostAuthenticationTokenSource,
  RunnerConfigurationService,
} from "../../../gen/gitpod/v1/runner_configuration_pb";
import { ScmIntegrationsPanel } from "./scm-integrations-panel";

function renderPanel(
  runnerId: (ids: ReturnType<typeof createTestContext>["ids"]) => string,
  as: "admin" | "member" = "admin",
) {
  const test = createTestContext();
  const { transport, requests: updates } = createRecordingTransport(
    test.ctx,
    as === "admin" ? test.adminToken : test.memberToken,
    RunnerConfigurationService.method.updateSCMIntegration,
  );
  const session =
    as === "admin"
      ? adminSession(test.ids.users.admin)
      : memberSession(test.ids.users.member, [test.ids.groups.developers]);
  const { router } = renderPages({
    transport,
    session,
    pages: {
      "/runner": () => <ScmIntegrationsPanel runnerId={runnerId(test.ids)} />,
      "/host-tokens": () => <h1>Host tokens page</h1>,
    },
    initialPath: "/runner",
  });
  return { ...test, router, updates, api: createClient(RunnerConfigurationService, transport) };
}

describe("ScmIntegrationsPanel", () => {
  it("creates an integration with OAuth: the list says the secret is set and never shows it", async () => {
    const user = userEvent.setup();
    const { ids, api } = renderPanel((ids) => ids.runners.linuxBuild01);
    const table = await screen.findByRole("table", { name: "SCM integrations of this runner" });
    expect(within(table).getAllByRole("row")).toHaveLength(3); // header + github.com + gitlab.com

    await user.click(screen.getByRole("button", { name: "New SCM integration" }));
    const form = await screen.findByRole("form", { name: "New SCM integration" });
    const scm = within(form).getByRole("combobox", { name: /SCM/ });
    await waitFor(() => expect(scm).toBeEnabled());
    await user.selectOptions(scm, "Bitbucket");
    expect(within(form).getByRole("textbox", { name: /Host/ })).toHaveValue("bitbucket.org");
    await user.click(within(form).getByRole("switch", { name: "OAuth app" }));
    expect(within(form).getByText(/\/api\/oauth\/callback$/)).toBeInTheDocument();
    await user.type(within(form).getByRole("textbox", { name: /Client ID/ }), "bb-client-42");
    await user.type(within(form).getByLabelText(/Client secret/), "s3cr3t-bitbucket-value");
    await user.click(within(form).getByRole("button", { name: "Save & test" }));

    const result = await screen.findByText(/is saved/, {}, { timeout: 5000 });
    expect(result).toHaveTextContent(
      "The integration for bitbucket.org is saved. You are not connected to it yet.",
    );
    const connect = screen.getByRole("link", { name: "Connect with OAuth to bitbucket.org" });
    expect(connect.getAttribute("href")).toContain("/api/oauth/authorize?");
    expect(connect.getAttribute("href")).toContain("returnTo=");
    await user.click(screen.getByRole("button", { name: "Done" }));

    await waitFor(() => expect(within(table).getAllByRole("row")).toHaveLength(4));
    const row = within(table).getByRole("cell", { name: "bitbucket.org" }).closest("tr");
    if (!row) throw new Error("no row for bitbucket.org");
    expect(row).toHaveTextContent("Bitbucket");
    expect(row).toHaveTextContent("bb-client-42");
    expect(row).toHaveTextContent("Secret: set");
    expect(document.body).not.toHaveTextContent("s3cr3t-bitbucket-value");

    // What the server stored: the client id, and the secret only sealed (not the plaintext).
    const { integrations } = await api.listSCMIntegrations({
      filter: { runnerIds: [ids.runners.linuxBuild01] },
    });
    const stored = integrations.find((i) => i.host === "bitbucket.org");
    expect(stored?.scmId).toBe("bitbucket");
    expect(stored?.pat).toBe(true);
    expect(stored?.oauth?.clientId).toBe("bb-client-42");
    const sealed = new TextDecoder().decode(stored?.oauth?.encryptedClientSecret);
    expect(stored?.oauth?.encryptedClientSecret.length).toBeGreaterThan(0);
    expect(sealed).not.toContain("s3cr3t-bitbucket-value");
  });

  it("shows the server's validation message on the host field and saves nothing", async () => {
    const user = userEvent.setup();
    const { ids, api } = renderPanel((ids) => ids.runners.linuxBuild01);
    await screen.findByRole("table", { name: "SCM integrations of this runner" });
    await user.click(screen.getByRole("button", { name: "New SCM integration" }));
    const form = await screen.findByRole("form", { name: "New SCM integration" });
    const scm = within(form).getByRole("combobox", { name: /SCM/ });
    await waitFor(() => expect(scm).toBeEnabled());
    await user.selectOptions(scm, "GitHub"); // github.com already has an integration on this runner
    await user.click(within(form).getByRole("button", { name: "Save & test" }));
    const host = within(form).getByRole("textbox", { name: /Host/ });
    await waitFor(() => expect(host).toHaveAttribute("aria-invalid", "true"));
    expect(
      within(form).getByText("this runner already has an SCM integration for github.com"),
    ).toBeInTheDocument();
    const { integrations } = await api.listSCMIntegrations({
      filter: { runnerIds: [ids.runners.linuxBuild01] },
    });
    expect(integrations.map((i) => i.host).sort()).toEqual(["github.com", "gitlab.com"]);
  });

  it("deletes an integration after listing the host tokens that go with it", async () => {
    const user = userEvent.setup();
    const { ids, api } = renderPanel((ids) => ids.runners.awsProdEu);
    const table = await screen.findByRole("table", { name: "SCM integrations of this runner" });
    await user.click(within(table).getByRole("button", { name: "Delete gitlab.com" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete the gitlab.com integration?" });
    const list = await within(dialog).findByRole("list", {
      name: "Host tokens deleted with the gitlab.com integration",
    });
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(list).toHaveTextContent("Ada Admin (you) — Personal access token");
    await user.click(within(dialog).getByRole("button", { name: "Delete integration" }));
    await waitFor(() =>
      expect(within(table).queryByRole("cell", { name: "gitlab.com" })).not.toBeInTheDocument(),
    );

    const { integrations } = await api.listSCMIntegrations({
      filter: { runnerIds: [ids.runners.awsProdEu] },
    });
    expect(integrations.map((i) => i.host)).toEqual(["github.com"]);
    const { tokens } = await api.listHostAuthenticationTokens({
      filter: { runnerId: ids.runners.awsProdEu },
    });
    expect(tokens.map((t) => [t.host, t.source])).toEqual([
      ["github.com", HostAuthenticationTokenSource.OAUTH],
    ]);
  });

  it("edits the client ID and secret after reviewing them: exactly those two are sent", async () => {
    const user = userEvent.setup();
    const { ids, api, updates } = renderPanel((ids) => ids.runners.awsProdEu);
    const before = (
      await api.listSCMIntegrations({ filter: { runnerIds: [ids.runners.awsProdEu] } })
    ).integrations.find((i) => i.host === "github.com");
    const table = await screen.findByRole("table", { name: "SCM integrations of this runner" });
    await user.click(within(table).getByRole("button", { name: "Edit github.com" }));
    const form = await screen.findByRole("form", { name: "Edit SCM integration" });
    // Its ID to copy (for the API or a support ticket); the secret is never shown.
    expect(within(form).getByText(before?.id ?? "no id")).toBeInTheDocument();
    expect(within(form).getByRole("button", { name: "Copy Integration ID" })).toBeInTheDocument();
    const secret = within(form).getByLabelText(/Client secret/);
    expect(secret).toHaveValue("");
    expect(secret).toHaveAttribute("placeholder", "set");
    const clientId = within(form).getByRole("textbox", { name: /Client ID/ });
    expect(clientId).toHaveValue("Iv1.acme-prod-github");
    await user.clear(clientId);
    await user.type(clientId, "Iv1.rotated-client");
    await user.click(within(form).getByRole("button", { name: "Save & test" }));
    // The review first: only the client ID changes; Back returns to the form as it was.
    const changes = await screen.findByRole("list", { name: "Changes" });
    expect(within(changes).getAllByRole("listitem").map((row) => row.textContent)).toEqual([
      "OAuth client IDfromIv1.acme-prod-github→toIv1.rotated-client",
    ]);
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(within(form).getByRole("textbox", { name: /Client ID/ })).toHaveValue("Iv1.rotated-client");
    expect(updates).toHaveLength(0);
    await user.type(within(form).getByLabelText(/Client secret/), "new-client-secret");
    await user.click(within(form).getByRole("button", { name: "Save & test" }));
    const review = (await screen.findByRole("list", { name: "Changes" })).closest("section");
    expect(review).toHaveTextContent(/OAuth client secretChanged \(secret, not shown\)/);
    expect(review).not.toHaveTextContent("new-client-secret");
    await user.click(screen.getByRole("button", { name: "Apply 2 changes" }));
    await screen.findByText(/is saved/, {}, { timeout: 5000 });
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ id: before?.id, oauthClientId: "Iv1.rotated-client", oauthPlaintextClientSecret: "new-client-secret" });
    expect(updates[0]?.pat).toBeUndefined();
    expect(updates[0]?.issuerUrl).toBeUndefined();
    expect(updates[0]?.virtualDirectory).toBeUndefined();

    const { integration } = await api.getSCMIntegration({ id: before?.id ?? "" });
    expect(integration?.oauth?.clientId).toBe("Iv1.rotated-client");
    expect(integration?.pat).toBe(before?.pat);
  });

  it("links the personal access token hint to the runner's host tokens", async () => {
    const user = userEvent.setup();
    const { ids, router } = renderPanel((ids) => ids.runners.linuxBuild01);
    const links = await screen.findAllByRole("link", { name: "Add a personal access token for github.com" });
    expect(links).toHaveLength(1);
    await user.click(links[0]!);
    expect(await screen.findByRole("heading", { name: "Host tokens page" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/host-tokens");
    expect(router.state.location.search).toEqual({ runnerId: ids.runners.linuxBuild01 });
  });

  it("says 'Token expired', not 'Not connected', where the user's token for the host has expired", async () => {
    // The demo data gives the admin an expired gitlab.com token and a current github.com one on aws-prod-eu.
    renderPanel((ids) => ids.runners.awsProdEu);
    const table = await screen.findByRole("table", { name: "SCM integrations of this runner" });
    const row = (host: string) => within(table).getAllByRole("row").find((r) => within(r).queryByText(host, { exact: true }));
    await waitFor(() => expect(row("gitlab.com")).toHaveTextContent("Token expired"));
    expect(row("gitlab.com")).not.toHaveTextContent("Not connected");
    expect(within(row("gitlab.com")!).getByRole("link", { name: "Connect with OAuth to gitlab.com" })).toBeInTheDocument();
    await waitFor(() => expect(row("github.com")).toHaveTextContent("Connected"));
    expect(row("github.com")).not.toHaveTextContent("expired");
  });

  it("says 'Not connected' where the user has no token, and offers to add one", async () => {
    renderPanel((ids) => ids.runners.linuxBuild01);
    const table = await screen.findByRole("table", { name: "SCM integrations of this runner" });
    const gitlab = within(table).getAllByRole("row").find((r) => within(r).queryByText("gitlab.com", { exact: true }));
    await waitFor(() => expect(gitlab).toHaveTextContent("Not connected"));
    expect(gitlab).not.toHaveTextContent("Token expired");
  });

  it("is read-only for a member", async () => {
    renderPanel((ids) => ids.runners.linuxBuild01, "member");
    const table = await screen.findByRole("table", { name: "SCM integrations of this runner" });
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect(screen.queryByRole("button", { name: "New SCM integration" })).not.toBeInTheDocument();
    expect(within(table).queryByRole("button", { name: /^(Edit|Delete) / })).not.toBeInTheDocument();
  });
});
