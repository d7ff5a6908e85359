import { toJson } from "@bufbuild/protobuf";
import { createClient } from "@connectrpc/connect";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, memberSession, renderPages } from "../../../../test/ui/render-pages";
import { CreateRunnerPolicyRequestSchema, RunnerRole, RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { RunnerPoliciesPanel } from "./runner-policies-panel";

function renderPanel(
  runner: "awsStagingUs" | "awsProdEu" | "linuxBuild01",
  as: "admin" | "member" = "admin",
) {
  const test = createTestContext();
  const transport = createInMemoryTransport(test.ctx, as === "admin" ? test.adminToken : test.memberToken);
  const runnerId = test.ids.runners[runner];
  renderPages({
    transport,
    session:
      as === "admin"
        ? adminSession(test.ids.users.admin)
        : memberSession(test.ids.users.member, [test.ids.groups.developers]),
    pages: { "/runner": () => <RunnerPoliciesPanel runnerId={runnerId} runnerName="the-runner" /> },
    initialPath: "/runner",
  });
  return {
    ...test,
    runnerId,
    api: createClient(RunnerService, createInMemoryTransport(test.ctx, test.adminToken)),
  };
}

/** An admin's panel whose CreateRunnerPolicy requests are recorded (they still reach the real in-memory server). */
function renderRecordingPanel(runner: "awsStagingUs" | "awsProdEu") {
  const test = createTestContext();
  const runnerId = test.ids.runners[runner];
  const { transport, requests } = createRecordingTransport(test.ctx, test.adminToken, RunnerService.method.createRunnerPolicy);
  renderPages({
    transport,
    session: adminSession(test.ids.users.admin),
    pages: { "/runner": () => <RunnerPoliciesPanel runnerId={runnerId} runnerName="the-runner" /> },
    initialPath: "/runner",
  });
  return { test, runnerId, transport, requests };
}

describe("RunnerPoliciesPanel", () => {
  it("Show API call in Add group is the CreateRunnerPolicy request Add group then sends; a row shows its role change", async () => {
    const user = userEvent.setup();
    const { test, runnerId, requests } = renderRecordingPanel("awsProdEu");
    await user.click(await screen.findByRole("button", { name: "Show API call for Platform team" }));
    const roleCall = await screen.findByRole("dialog", { name: "API call: UpdateRunnerPolicy" });
    expect(within(roleCall).getByRole("note")).toHaveTextContent("Choosing User as the role of Platform team sends this request");
    await user.click(within(roleCall).getByRole("tab", { name: "HTTP + JSON" }));
    expect(JSON.parse(within(roleCall).getByLabelText("Request body (Connect JSON)").textContent ?? "")).toEqual({
      runnerId,
      groupId: test.ids.groups.platformTeam,
      role: "RUNNER_ROLE_USER",
    });
    await user.click(within(roleCall).getByRole("button", { name: "Close" }));

    await user.click(screen.getByRole("button", { name: "Add group to the-runner" }));
    const dialog = await screen.findByRole("dialog", { name: "Share the-runner with a group" });
    await user.type(within(dialog).getByRole("combobox", { name: /Group/ }), "secu{Enter}");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Role/ }), "ADMIN");
    await user.click(within(dialog).getByRole("button", { name: "Show API call" }));
    const shown = await screen.findByRole("dialog", { name: "API call: CreateRunnerPolicy" });
    await user.click(within(shown).getByRole("tab", { name: "HTTP + JSON" }));
    const body: unknown = JSON.parse(within(shown).getByLabelText("Request body (Connect JSON)").textContent ?? "");
    expect(body).toEqual({ runnerId, groupId: test.ids.groups.security, role: "RUNNER_ROLE_ADMIN" });
    await user.click(within(shown).getByRole("button", { name: "Close" }));
    expect(requests).toHaveLength(0);

    await user.click(within(dialog).getByRole("button", { name: "Add group" }));
    expect(await screen.findByRole("combobox", { name: "Role of Security" })).toBeInTheDocument();
    expect(requests.map((request) => toJson(CreateRunnerPolicyRequestSchema, request))).toEqual([body]);
  });

  it("a double click on Add group sends one request and stores one policy", async () => {
    const user = userEvent.setup();
    const { runnerId, transport, requests } = renderRecordingPanel("awsStagingUs");
    await user.click(await screen.findByRole("button", { name: "Add group to the-runner" }));
    const dialog = await screen.findByRole("dialog", { name: "Share the-runner with a group" });
    await user.type(within(dialog).getByRole("combobox", { name: /Group/ }), "secu{Enter}");
    // Two clicks before React has painted anything: the form validates asynchronously, so the mutation is not
    // pending yet when the second one lands.
    const add = within(dialog).getByRole("button", { name: "Add group" });
    fireEvent.click(add);
    fireEvent.click(add);
    expect(await screen.findByRole("combobox", { name: "Role of Security" })).toBeInTheDocument();
    expect(requests).toHaveLength(1);
    const { policies } = await createClient(RunnerService, transport).listRunnerPolicies({ runnerId });
    expect(policies).toHaveLength(1);
    expect(screen.queryByText(/already/i)).not.toBeInTheDocument();
  });

  it("adds a group by name, changes its role and removes it (the last Admin only after typing its name)", async () => {
    const user = userEvent.setup();
    const { api, runnerId, ids } = renderPanel("awsStagingUs");
    const stored = async () =>
      (await api.listRunnerPolicies({ runnerId })).policies.map(({ groupId, role }) => ({ groupId, role }));

    // The empty state's button is named after its runner, like the one under a list.
    await user.click(await screen.findByRole("button", { name: "Add group to the-runner" }));
    let dialog = await screen.findByRole("dialog", { name: "Share the-runner with a group" });
    await user.type(within(dialog).getByRole("combobox", { name: /Group/ }), "secu{Enter}");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Role/ }), "USER");
    await user.click(within(dialog).getByRole("button", { name: "Add group" }));
    const role = await screen.findByRole("combobox", { name: "Role of Security" });
    expect(role).toHaveDisplayValue("User");
    expect(await stored()).toEqual([{ groupId: ids.groups.security, role: RunnerRole.USER }]);

    await user.selectOptions(role, "Admin");
    await waitFor(async () =>
      expect(await stored()).toEqual([{ groupId: ids.groups.security, role: RunnerRole.ADMIN }]),
    );
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: "Role of Security" })).toHaveDisplayValue("Admin"),
    );

    await user.click(screen.getByRole("button", { name: "Remove Security" }));
    dialog = await screen.findByRole("dialog", { name: "Remove the last Admin group from the-runner?" });
    expect(within(dialog).getByText(/only org admins can/)).toBeInTheDocument();
    const confirm = within(dialog).getByRole("button", { name: "Remove group" });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole("textbox", { name: /Type Security to confirm/ }), "Security");
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(await stored()).toEqual([]);
    expect(await screen.findByText("the-runner is not shared with any group")).toBeInTheDocument();
  });

  it("offers only groups without a policy on the runner", async () => {
    const user = userEvent.setup();
    renderPanel("awsProdEu");
    await screen.findByRole("combobox", { name: "Role of Platform team" });
    await user.click(screen.getByRole("button", { name: "Add group to the-runner" }));
    const dialog = await screen.findByRole("dialog");
    const picker = within(dialog).getByRole("combobox", { name: /Group/ });
    await user.click(picker);
    const options = within(within(dialog).getByRole("listbox"))
      .getAllByRole("option")
      .map((o) => o.firstChild?.textContent);
    expect(options).toEqual(["Developers", "Security"]);
  });

  it("shows a runner USER the list with no controls", async () => {
    renderPanel("linuxBuild01", "member");
    expect(await screen.findByText("Developers")).toBeInTheDocument();
    expect(screen.getByText("User")).toBeInTheDocument();
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Add group|Remove/ })).not.toBeInTheDocument();
  });
});
