import { createClient } from "@connectrpc/connect";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, renderPages } from "../../../../test/ui/render-pages";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase, RunnerService, type Runner } from "../../../gen/gitpod/v1/runner_pb";
import { RunnerDangerZone } from "./runner-danger-zone";

async function renderDangerZone(
  prepare?: (api: ReturnType<typeof createClient<typeof RunnerService>>, runnerId: string) => Promise<void>,
  runnerOf: (ids: ReturnType<typeof createTestContext>["ids"]) => string = (ids) => ids.runners.devAgent,
) {
  const test = createTestContext();
  const transport = createInMemoryTransport(test.ctx, test.adminToken);
  const api = createClient(RunnerService, transport);
  const runnerId = runnerOf(test.ids);
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
  return { api, runnerId, config: createClient(RunnerConfigurationService, transport) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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

  it("says what goes with the runner, counted from the API, and what force changes", async () => {
    const user = userEvent.setup();
    const { api, config, runnerId } = await renderDangerZone(undefined, (ids) => ids.runners.awsProdEu);
    const [classes, integrations, tokens, policies] = await Promise.all([
      config.listEnvironmentClasses({ filter: { runnerIds: [runnerId] }, pagination: { pageSize: 100 } }),
      config.listSCMIntegrations({ filter: { runnerIds: [runnerId] }, pagination: { pageSize: 100 } }),
      config.listHostAuthenticationTokens({ filter: { runnerId }, pagination: { pageSize: 100 } }),
      api.listRunnerPolicies({ runnerId, pagination: { pageSize: 100 } }),
    ]);
    const expected = [
      plural(classes.environmentClasses.length, "environment class", "environment classes"),
      plural(integrations.integrations.length, "SCM integration", "SCM integrations"),
      plural(tokens.tokens.length, "host token", "host tokens"),
      plural(policies.policies.length, "policy (group access)", "policies (group access)"),
    ];
    // The demo runner has something of each, so the counts say something.
    expect(classes.environmentClasses.length * integrations.integrations.length * tokens.tokens.length * policies.policies.length).toBeGreaterThan(0);

    await user.click(await screen.findByRole("button", { name: "Delete runner" }));
    const dialog = await screen.findByRole("dialog", { name: /Delete aws-prod-eu/ });
    const items = () => within(within(dialog).getByRole("list", { name: "Removed with the runner" })).getAllByRole("listitem");
    await waitFor(() => expect(items().map((item) => item.textContent)).toEqual(expected));
    expect(dialog).toHaveTextContent("Removed with the runner once it has shut down");
    expect(dialog).toHaveTextContent("Force delete skips the wait");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));

    await user.click(screen.getByRole("button", { name: "Force delete…" }));
    const force = await screen.findByRole("dialog", { name: /Force delete aws-prod-eu/ });
    expect(force).toHaveTextContent("Removed with the runner at once");
    expect(force).toHaveTextContent("without waiting for the runner to confirm");
    await waitFor(() => expect(within(force).getAllByRole("listitem").map((item) => item.textContent)).toEqual(expected));
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
