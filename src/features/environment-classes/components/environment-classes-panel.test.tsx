import { createClient } from "@connectrpc/connect";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { adminSession, memberSession, renderPages } from "../../../../test/ui/render-pages";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { EnvironmentClassesPanel } from "./environment-classes-panel";

describe("EnvironmentClassesPanel", () => {
  it("disables a class after reviewing it: only `enabled` is sent and changes, and the badge says so", async () => {
    const user = userEvent.setup();
    const test = createTestContext();
    const { transport, requests } = createRecordingTransport(
      test.ctx,
      test.adminToken,
      RunnerConfigurationService.method.updateEnvironmentClass,
    );
    const api = createClient(RunnerConfigurationService, transport);
    const runnerId = test.ids.runners.awsProdEu;
    renderPages({
      transport,
      session: adminSession(test.ids.users.admin),
      pages: { "/runner": () => <EnvironmentClassesPanel runnerId={runnerId} /> },
      initialPath: "/runner",
    });
    const { environmentClasses } = await api.listEnvironmentClasses({
      filter: { runnerIds: [runnerId], enabled: true },
    });
    const target = environmentClasses[0];
    if (!target) throw new Error("the demo data has an enabled class on aws-prod-eu");

    await user.click(await screen.findByRole("button", { name: `Edit ${target.displayName}` }));
    const dialog = await screen.findByRole("dialog", { name: `Edit ${target.displayName}` });
    expect(
      within(dialog).getByText(
        /configuration can't change after creation — create a new class and disable this one/,
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole("switch", { name: "Enabled" }));
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));
    const changes = await within(dialog).findByRole("list", { name: "Changes" });
    expect(within(changes).getAllByRole("listitem").map((row) => row.textContent)).toEqual([
      "EnabledfromEnabled→toDisabled",
    ]);
    // Back: the form again, the switch still off, nothing sent.
    await user.click(within(dialog).getByRole("button", { name: "Back" }));
    expect(within(dialog).getByRole("switch", { name: "Enabled" })).not.toBeChecked();
    expect(requests).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));
    await user.click(await within(dialog).findByRole("button", { name: "Apply 1 change" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(requests).toHaveLength(1);
    expect(requests[0]?.enabled).toBe(false);
    expect(requests[0]?.displayName).toBeUndefined();
    expect(requests[0]?.description).toBeUndefined();

    const { environmentClass } = await api.getEnvironmentClass({ environmentClassId: target.id });
    expect(environmentClass).toMatchObject({
      enabled: false,
      displayName: target.displayName,
      description: target.description,
    });
    expect(environmentClass?.configuration).toEqual(target.configuration);
    const row = screen.getByRole("cell", { name: target.displayName }).closest("tr");
    if (!row) throw new Error("row not found");
    await waitFor(() => expect(within(row).getByText("Disabled")).toBeInTheDocument());
    expect(screen.getByRole("link", { name: "New environment class" })).toBeInTheDocument();
  });

  it("keeps a too-short name with its message, and says so when Save has nothing to change", async () => {
    const user = userEvent.setup();
    const test = createTestContext();
    const transport = createInMemoryTransport(test.ctx, test.adminToken);
    const api = createClient(RunnerConfigurationService, transport);
    renderPages({
      transport,
      session: adminSession(test.ids.users.admin),
      pages: { "/runner": () => <EnvironmentClassesPanel runnerId={test.ids.runners.gcpMl} /> },
      initialPath: "/runner",
    });
    await user.click(await screen.findByRole("button", { name: "Edit ML CPU" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit ML CPU" });
    const name = within(dialog).getByRole("textbox", { name: /Display name/ });
    await user.clear(name);
    await user.type(name, "x");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));
    expect(await within(dialog).findByText("Display name must be at least 3 characters")).toBeInTheDocument();
    expect(name).toHaveValue("x");

    await user.clear(name);
    await user.type(name, "ML CPU");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Nothing changed")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const { environmentClasses } = await api.listEnvironmentClasses({
      filter: { runnerIds: [test.ids.runners.gcpMl] },
    });
    expect(environmentClasses.map((environmentClass) => environmentClass.displayName)).toContain("ML CPU");
  });

  it("shows a runner USER the classes read-only, with no create or edit", async () => {
    const user = userEvent.setup();
    const test = createTestContext();
    const transport = createInMemoryTransport(test.ctx, test.memberToken);
    renderPages({
      transport,
      session: memberSession(test.ids.users.member, [test.ids.groups.developers]),
      pages: { "/runner": () => <EnvironmentClassesPanel runnerId={test.ids.runners.gcpMl} /> },
      initialPath: "/runner",
    });
    const view = await screen.findByRole("button", { name: "View ML CPU" });
    expect(screen.queryByRole("button", { name: /^Edit / })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "New environment class" })).not.toBeInTheDocument();
    await user.click(view);
    const dialog = await screen.findByRole("dialog", { name: "Environment class ML CPU" });
    expect(within(dialog).queryByRole("switch")).not.toBeInTheDocument();
    expect(
      within(dialog).getByText("Only admins of this runner can change its environment classes."),
    ).toBeInTheDocument();
  });
});
