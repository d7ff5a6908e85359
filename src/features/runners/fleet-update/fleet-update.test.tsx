import { createClient } from "@connectrpc/connect";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { insertPolicy } from "../../../../server/store/policies";
import { TEST_MEMBER_TOKEN, TEST_NOW, createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { adminSession, giveElementsLayout, memberSession, renderPages } from "../../../../test/ui/render-pages";
import { LogLevel, RunnerReleaseChannel, RunnerRole, RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import type { Session } from "../../../lib/session";
import { parseRunnerListSearch, type RunnerListSearch } from "../components/runner-list-search-schema";
import { RunnersListPage } from "../components/runners-list-page";

function setup(as: "admin" | "member", initial: { [K in keyof RunnerListSearch]?: unknown } = {}) {
  const test = createTestContext();
  const token = as === "admin" ? test.adminToken : TEST_MEMBER_TOKEN;
  const session: Session = as === "admin" ? adminSession(test.ids.users.admin) : memberSession(test.ids.users.member, [test.ids.groups.developers]);
  const { transport, requests } = createRecordingTransport(test.ctx, token, RunnerService.method.updateRunner);
  function Page() {
    const [search, setSearch] = useState<RunnerListSearch>(parseRunnerListSearch(initial));
    return <RunnersListPage search={search} onSearchChange={(patch) => setSearch((s) => ({ ...s, ...patch }))} />;
  }
  renderPages({ transport, session, pages: { "/runners": Page }, initialPath: "/runners" });
  const admin = createClient(RunnerService, createInMemoryTransport(test.ctx, test.adminToken));
  const stored = async (runnerId: string) => (await admin.getRunner({ runnerId })).runner?.spec?.configuration;
  return { ...test, updates: requests, stored };
}

describe("fleet-wide settings update", () => {
  let undoLayout: () => void;
  beforeAll(() => {
    undoLayout = giveElementsLayout();
  });
  afterAll(() => undoLayout());
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(TEST_NOW);
  });
  afterEach(() => vi.useRealTimers());

  it("previews what changes on the runners selected by hand, sends only to those that differ, and stores it", async () => {
    const { ids, updates, stored } = setup("admin");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("checkbox", { name: "Select aws-prod-eu" }));
    await user.click(screen.getByRole("checkbox", { name: "Select gcp-ml" }));
    await user.click(screen.getByRole("button", { name: "Update 2 selected" }));
    const dialog = await screen.findByRole("dialog", { name: "Update runner settings" }, { timeout: 5000 }); // loads on first open
    await user.selectOptions(within(dialog).getByLabelText("Auto update"), "On");
    const preview = within(dialog).getByRole("region", { name: "Preview" });
    expect(preview).toHaveTextContent("2 runners: 1 will be updated, 1 already has these settings");
    expect(within(preview).getByRole("list", { name: "Changes by setting" })).toHaveTextContent("1 will change auto-update to on, 1 auto-update already on");
    expect((await stored(ids.runners.gcpMl))?.autoUpdate).toBe(false);

    await user.click(within(dialog).getByRole("button", { name: "Update 1 runner" }));
    await waitFor(() => expect(within(dialog).getByRole("progressbar", { name: "Runners updated" })).toHaveAttribute("aria-valuenow", "1"));
    expect(within(dialog).getAllByRole("status").map((s) => s.textContent)).toContain("1 of 1 runners done: 1 updated, 0 failed");
    expect(updates.map((request) => request.runnerId)).toEqual([ids.runners.gcpMl]);
    expect((await stored(ids.runners.gcpMl))?.autoUpdate).toBe(true);
    expect((await stored(ids.runners.awsProdEu))?.autoUpdate).toBe(true);
  });

  it("for a member, sends nothing to runners where they are only a user and says so", async () => {
    const { ctx, ids, updates, stored } = setup("member");
    insertPolicy(ctx.db, { runnerId: ids.runners.macIos01, groupId: ids.groups.developers, role: RunnerRole.ADMIN, createdAt: TEST_NOW });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Update all 3" }));
    const dialog = await screen.findByRole("dialog", { name: "Update runner settings" }, { timeout: 5000 }); // loads on first open
    await user.selectOptions(within(dialog).getByLabelText("Log level"), "Debug");
    const preview = within(dialog).getByRole("region", { name: "Preview" });
    await waitFor(() => expect(preview).toHaveTextContent("3 runners: 1 will be updated, 2 skipped"));
    const leftOut = within(preview).getByRole("list", { name: "Runners left out" });
    expect(leftOut).toHaveTextContent("You have the user role on these runners; changing a runner's settings needs the admin role.");
    expect(leftOut).toHaveTextContent("gcp-ml, linux-build-01");

    await user.click(within(dialog).getByRole("button", { name: "Update 1 runner" }));
    await waitFor(() => expect(within(dialog).getByRole("progressbar")).toHaveAttribute("aria-valuenow", "1"));
    expect(updates.map((request) => request.runnerId)).toEqual([ids.runners.macIos01]);
    expect((await stored(ids.runners.macIos01))?.logLevel).toBe(LogLevel.DEBUG);
    expect((await stored(ids.runners.gcpMl))?.logLevel).not.toBe(LogLevel.DEBUG);
    expect((await stored(ids.runners.linuxBuild01))?.logLevel).not.toBe(LogLevel.DEBUG);
  });

  it("reports each failure and retries only the failed runners", async () => {
    const { ctx, ids, updates, stored } = setup("admin");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("checkbox", { name: "Select aws-prod-eu" }));
    await user.click(screen.getByRole("checkbox", { name: "Select gcp-ml" }));
    // gcp-ml refuses changes while it is being deleted (the list still shows it as it was read).
    ctx.db.prepare("INSERT INTO runner_deletions (runner_id, requested_ms) VALUES (?, ?)").run(ids.runners.gcpMl, TEST_NOW.getTime());
    await user.click(screen.getByRole("button", { name: "Update 2 selected" }));
    const dialog = await screen.findByRole("dialog", { name: "Update runner settings" }, { timeout: 5000 }); // loads on first open
    await user.selectOptions(within(dialog).getByLabelText("Release channel"), "Latest");
    await user.click(within(dialog).getByRole("button", { name: "Update 1 runner" }));
    const failed = await within(dialog).findByRole("list", { name: "Runners that failed" });
    expect(failed).toHaveTextContent("gcp-ml");
    expect(failed).toHaveTextContent("being deleted");
    expect(updates).toHaveLength(1);
    ctx.db.prepare("DELETE FROM runner_deletions WHERE runner_id = ?").run(ids.runners.gcpMl);
    await user.click(within(dialog).getByRole("button", { name: "Retry 1 failed" }));
    await waitFor(() => expect(within(dialog).queryByRole("list", { name: "Runners that failed" })).not.toBeInTheDocument());
    expect(updates.map((request) => request.runnerId)).toEqual([ids.runners.gcpMl, ids.runners.gcpMl]);
    expect((await stored(ids.runners.gcpMl))?.releaseChannel).toBe(RunnerReleaseChannel.LATEST);
  });
});
