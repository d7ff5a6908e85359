import { createClient } from "@connectrpc/connect";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createInMemoryTransport, createTestContext, type TestContext } from "../../../../server/testing";
import { adminSession, memberSession, renderWithProviders } from "../../../../test/ui/render-pages";
import { RunnerReleaseChannel, RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import type { Session } from "../../../lib/session";
import type { ActivitySearch } from "../activity-search";
import { ActivityPage } from "./activity-page";

function PageWithSearch() {
  const [search, setSearch] = useState<ActivitySearch>({});
  return <ActivityPage search={search} onSearchChange={(patch) => setSearch((previous) => ({ ...previous, ...patch }))} />;
}

/** Ada sets gcp-ml's release channel, Max tries to rename linux-build-01 (a runner USER: permission denied). */
async function seedChanges(test: TestContext) {
  const asAdmin = createClient(RunnerService, createInMemoryTransport(test.ctx, test.adminToken));
  await asAdmin.updateRunner({
    runnerId: test.ids.runners.gcpMl,
    spec: { configuration: { releaseChannel: RunnerReleaseChannel.LATEST } },
  });
  const asMember = createClient(RunnerService, createInMemoryTransport(test.ctx, test.memberToken));
  await asMember.updateRunner({ runnerId: test.ids.runners.linuxBuild01, name: "renamed-by-max" }).catch(() => undefined);
}

async function renderAs(token: "admin" | "member") {
  const test = createTestContext();
  await seedChanges(test);
  const session: Session =
    token === "admin" ? adminSession(test.ids.users.admin) : memberSession(test.ids.users.member, [test.ids.groups.developers]);
  const transport = createInMemoryTransport(test.ctx, token === "admin" ? test.adminToken : test.memberToken);
  renderWithProviders(<PageWithSearch />, { transport, session });
  return test;
}

afterEach(() => vi.restoreAllMocks());

describe("ActivityPage", () => {
  it("shows an org admin everyone's changes, with outcome and the fields that changed", async () => {
    await renderAs("admin");
    const table = await screen.findByRole("table", { name: "Activity" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent("Max Member");
    expect(rows[0]).toHaveTextContent("Update runner");
    expect(rows[0]).toHaveTextContent("Permission denied");
    expect(rows[1]).toHaveTextContent("Ada Admin (you)");
    expect(rows[1]).toHaveTextContent("gcp-ml");
    expect(rows[1]).toHaveTextContent("Release channel: Latest");
  });

  it("filters by outcome through the server", async () => {
    const user = userEvent.setup();
    await renderAs("admin");
    await screen.findByRole("table", { name: "Activity" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Outcome" }), "Any failure");
    await waitFor(() => expect(within(screen.getByRole("table", { name: "Activity" })).getAllByRole("row")).toHaveLength(2));
    const table = screen.getByRole("table", { name: "Activity" });
    expect(table).toHaveTextContent("Max Member");
    expect(table).not.toHaveTextContent("Ada Admin");
  });

  it("shows a member only their own changes and no user filter", async () => {
    await renderAs("member");
    const table = await screen.findByRole("table", { name: "Activity" });
    expect(within(table).getAllByRole("row")).toHaveLength(2);
    expect(table).toHaveTextContent("Max Member (you)");
    expect(screen.queryByRole("combobox", { name: "User" })).toBeNull();
    expect(screen.getByText(/You see the changes you made/)).toBeInTheDocument();
  });

  it("says when nothing matches the filters", async () => {
    const user = userEvent.setup();
    await renderAs("admin");
    await screen.findByRole("table", { name: "Activity" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Action" }), "Delete runner");
    expect(await screen.findByText("No activity matches these filters")).toBeInTheDocument();
  });

  it("exports the filtered records as CSV built by the server", async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return "blob:activity";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    await renderAs("admin");
    await screen.findByRole("table", { name: "Activity" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Outcome" }), "Done");
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    await waitFor(() => expect(clicks).toHaveBeenCalled());
    const csv = await blobs[0]?.text();
    expect(csv?.split("\r\n")[0]).toMatch(/^time,user,user id,action,rpc,/);
    expect(csv).toContain("Ada Admin");
    expect(csv).not.toContain("Max Member");
  });
});
