import { createClient } from "@connectrpc/connect";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, memberSession, renderPages } from "../../../../test/ui/render-pages";
import { RunnerService, type Runner } from "../../../gen/gitpod/v1/runner_pb";
import { RunnerTokensTab } from "./runner-tokens-tab";

async function setup(options: { member?: boolean } = {}) {
  const test = createTestContext();
  const token = options.member ? test.memberToken : test.adminToken;
  const transport = createInMemoryTransport(test.ctx, token);
  const runnerId = test.ids.runners.linuxBuild01;
  const { runner } = await createClient(RunnerService, transport).getRunner({ runnerId });
  if (!runner) throw new Error("demo runner missing");
  const session = options.member
    ? memberSession(test.ids.users.member, [test.ids.groups.developers])
    : adminSession(test.ids.users.admin);
  const tab = (r: Runner, admin: boolean) => () => (
    <RunnerTokensTab runner={r} canCreateToken={admin} canCreateLogsToken={admin} canDelete={admin} />
  );
  renderPages({
    transport,
    session,
    pages: { "/runners/$runnerId/tokens": tab(runner, !options.member) },
    initialPath: `/runners/${runnerId}/tokens`,
  });
  return { runnerId };
}

describe("Runner tokens tab", () => {
  it("says what the reference says: a new token does not expire earlier ones; revoking means deleting the runner", async () => {
    const { runnerId } = await setup();
    expect(await screen.findByText(/does not expire tokens issued before/)).toBeInTheDocument();
    expect(screen.queryByText(/rotates/)).toBeNull();
    expect(screen.queryByText(/must be restarted/)).toBeNull();
    expect(screen.getByText(/To cut this runner off, delete the runner/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Danger zone" })).toHaveAttribute("href", `/runners/${runnerId}/danger-zone`);

    await userEvent.click(screen.getByRole("button", { name: "New runner token" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(/Tokens issued before stay valid/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Create token" }));
    expect((await screen.findByLabelText("Exchange token")).textContent).not.toBe("");
  });

  it("does not point a runner USER at a delete they cannot do", async () => {
    await setup({ member: true });
    expect(await screen.findByText(/To cut this runner off, delete the runner/)).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Danger zone" })).toBeNull();
  });
});
