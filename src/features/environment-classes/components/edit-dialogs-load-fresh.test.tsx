// Edit dialogs start from the entity's Get RPC (what the server has now), with a loading state, never from the list
// row: each case changes the entity behind the list's back, then opens Edit.
import type { DescMessage } from "@bufbuild/protobuf";
import { createClient } from "@connectrpc/connect";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { createTestContext } from "../../../../server/testing";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { adminSession, renderPages } from "../../../../test/ui/render-pages";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { HostTokensPanel } from "../../host-tokens/components/host-tokens-panel";
import { ScmIntegrationsPanel } from "../../scm-integrations/components/scm-integrations-panel";
import { EnvironmentClassesPanel } from "./environment-classes-panel";

function setup<I extends DescMessage>(method: { name: string; input: I }, panel: (ids: ReturnType<typeof createTestContext>["ids"]) => ReactNode) {
  const test = createTestContext();
  const { transport, requests } = createRecordingTransport(test.ctx, test.adminToken, method);
  renderPages({
    transport,
    session: adminSession(test.ids.users.admin),
    pages: { "/panel": () => panel(test.ids) },
    initialPath: "/panel",
  });
  return { ids: test.ids, requests, api: createClient(RunnerConfigurationService, transport), user: userEvent.setup() };
}

describe("Edit dialogs load the entity with its Get RPC", () => {
  it("environment class: GetEnvironmentClass, then the server's current description", async () => {
    const { ids, api, user, requests } = setup(RunnerConfigurationService.method.getEnvironmentClass, (ids) => (
      <EnvironmentClassesPanel runnerId={ids.runners.awsProdEu} />
    ));
    const { environmentClasses } = await api.listEnvironmentClasses({ filter: { runnerIds: [ids.runners.awsProdEu] } });
    const target = environmentClasses[0];
    if (!target) throw new Error("aws-prod-eu has environment classes in the demo data");
    const edit = await screen.findByRole("button", { name: `Edit ${target.displayName}` });
    await api.updateEnvironmentClass({ environmentClassId: target.id, description: "Changed since the list loaded" });

    await user.click(edit);
    const dialog = await screen.findByRole("dialog", { name: `Edit ${target.displayName}` });
    expect(await within(dialog).findByRole("textbox", { name: /Description/ })).toHaveValue("Changed since the list loaded");
    expect(requests.map((r) => r.environmentClassId)).toEqual([target.id]);
  });

  it("SCM integration: GetSCMIntegration, then the server's current client ID", async () => {
    const { ids, api, user, requests } = setup(RunnerConfigurationService.method.getSCMIntegration, (ids) => (
      <ScmIntegrationsPanel runnerId={ids.runners.awsProdEu} />
    ));
    const table = await screen.findByRole("table", { name: "SCM integrations of this runner" });
    const { integrations } = await api.listSCMIntegrations({ filter: { runnerIds: [ids.runners.awsProdEu] } });
    const github = integrations.find((i) => i.host === "github.com");
    if (!github) throw new Error("aws-prod-eu has a github.com integration in the demo data");
    await api.updateSCMIntegration({ id: github.id, oauthClientId: "Iv1.changed-behind-the-list" });

    await user.click(within(table).getByRole("button", { name: "Edit github.com" }));
    const form = await screen.findByRole("form", { name: "Edit SCM integration" });
    expect(within(form).getByRole("textbox", { name: /Client ID/ })).toHaveValue("Iv1.changed-behind-the-list");
    expect(requests.map((r) => r.id)).toEqual([github.id]);
  });

  it("host token: GetHostAuthenticationToken, then the server's current scopes", async () => {
    const { ids, api, user, requests } = setup(RunnerConfigurationService.method.getHostAuthenticationToken, (ids) => (
      <HostTokensPanel runnerId={ids.runners.linuxBuild01} />
    ));
    const table = await screen.findByRole("table", { name: "Host tokens of this runner" });
    const { tokens } = await api.listHostAuthenticationTokens({ filter: { runnerId: ids.runners.linuxBuild01 } });
    const token = tokens[0];
    if (!token) throw new Error("linux-build-01 has a host token in the demo data");
    await api.updateHostAuthenticationToken({ id: token.id, scopes: ["repo", "workflow"] });

    await user.click(within(table).getByRole("button", { name: `Update github.com token of ${ids.users.member}` }));
    const form = await screen.findByRole("form", { name: "Update host token" });
    await waitFor(() => expect(within(form).getByRole("textbox", { name: /Scopes/ })).toHaveValue("repo, workflow"));
    expect(requests.map((r) => r.id)).toEqual([token.id]);
  });
});
