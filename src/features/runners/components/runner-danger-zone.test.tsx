import { createClient } from "@connectrpc/connect";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, renderPages } from "../../../../test/ui/render-pages";
import { RunnerPhase, RunnerService, type Runner } from "../../../gen/gitpod/v1/runner_pb";
import { RunnerDangerZone } from "./runner-danger-zone";

async function renderDangerZone(prepare?: (api: ReturnType<typeof createClient<typeof RunnerService>>, runnerId: string) => Promise<void>) {
  const test = createTestContext();
  const transport = createInMemoryTransport(test.ctx, test.adminToken);
  const api = createClient(RunnerService, transport);
  const runnerId = test.ids.runners.devAgent;
  await prepare?.(api, runnerId);
  const { runner } = await api.getRunner({ runnerId });
  if (!runner) throw new Error("demo runner missing");
  const shown: Runner = runner;
  renderPages({
    transport,
    session: adminSession(test.ids.users.admin),
    pages: { "/zone": () => <RunnerDangerZone runner={shown} canUpdate canDelete />, "/runners": () => <h1>Runners</h1> },
    initialPath: "/zone",
  });
  return { api, runnerId };
}

describe("RunnerDangerZone", () => {
  it("deletes without force through the runner's lifecycle: the runner is DELETING, not gone", async () => {
    const user = userEvent.setup();
    const { api, runnerId } = await renderDangerZone();
    await user.click(await screen.findByRole("button", { name: "Delete runner" }));
    const dialog = await screen.findByRole("dialog", { name: /Delete dev-agent/ });
    expect(dialog).toHaveTextContent("It shows as Deleting until then");
    await user.click(within(dialog).getByRole("button", { name: "Delete runner" }));
    await screen.findByRole("heading", { name: "Runners" });
    await screen.findByText("Deleting dev-agent…");
    const { runner } = await api.getRunner({ runnerId });
    expect(runner?.status?.phase).toBe(RunnerPhase.DELETING);
  });

  it("shows a runner being deleted as Deleting…, offers only force delete and no rename", async () => {
    await renderDangerZone((api, runnerId) => api.deleteRunner({ runnerId }).then(() => undefined));
    const notice = await screen.findByText(/The runner is removed once it confirms on its next heartbeat/);
    expect(notice).toHaveTextContent("Deleting…");
    expect(screen.queryByRole("button", { name: "Delete runner" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Force delete…" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Rename" })).not.toBeInTheDocument();
    expect(screen.getByText("A runner that is being deleted cannot be renamed.")).toBeInTheDocument();
  });
});
