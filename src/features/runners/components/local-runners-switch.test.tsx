import { createClient } from "@connectrpc/connect";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, renderWithProviders } from "../../../../test/ui/render-pages";
import { RunnerPhase, RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { LocalRunnersSwitch } from "./local-runners-switch";

async function renderSwitch(canUpdate = true) {
  const test = createTestContext();
  const transport = createInMemoryTransport(test.ctx, test.adminToken);
  const api = createClient(RunnerService, transport);
  const runnerId = test.ids.runners.localConfiguration;
  const { runner } = await api.getRunner({ runnerId });
  if (!runner) throw new Error("demo runner missing");
  renderWithProviders(<LocalRunnersSwitch runner={runner} canUpdate={canUpdate} />, { transport, session: adminSession(test.ids.users.admin) });
  return { api, ids: test.ids };
}

describe("LocalRunnersSwitch", () => {
  it("turns local runners off after a confirmation that says what stops and how many runners", async () => {
    const user = userEvent.setup();
    const { api, ids } = await renderSwitch();
    const toggle = screen.getByRole("switch", { name: "Allow local runners in this organization" });
    expect(toggle).toBeChecked();
    await waitFor(() => expect(toggle).toHaveAccessibleDescription("3 local runners may run environments."));
    await user.click(toggle);
    const dialog = await screen.findByRole("dialog", { name: "Turn off local runners?" });
    expect(dialog).toHaveTextContent("3 local runners in this organization will stop, with the environments running on them");
    expect(dialog).toHaveTextContent("cannot be started again until local runners are allowed again");
    await user.click(within(dialog).getByRole("button", { name: "Turn off local runners" }));
    await waitFor(async () => {
      const { runner } = await api.getRunner({ runnerId: ids.runners.localConfiguration });
      expect(runner?.spec?.desiredPhase).toBe(RunnerPhase.INACTIVE);
    });
    const { runner: local } = await api.getRunner({ runnerId: ids.runners.linuxBuild01 });
    expect(local?.status?.phase).toBe(RunnerPhase.INACTIVE);
  });

  it("asks before nothing when cancelled, and is read-only without the right", async () => {
    const user = userEvent.setup();
    const { api, ids } = await renderSwitch(false);
    const toggle = screen.getByRole("switch", { name: "Allow local runners in this organization" });
    expect(toggle).toBeDisabled();
    expect(screen.getByText("Only organization admins can change this.")).toBeInTheDocument();
    await user.click(toggle);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    const { runner } = await api.getRunner({ runnerId: ids.runners.localConfiguration });
    expect(runner?.spec?.desiredPhase).toBe(RunnerPhase.ACTIVE);
  });
});
