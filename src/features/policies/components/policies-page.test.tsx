import { createClient } from "@connectrpc/connect";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, memberSession, renderPages } from "../../../../test/ui/render-pages";
import { RunnerRole, RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import type { PoliciesSearch } from "../policies-search";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { PoliciesPage } from "./policies-page";

function Page({ initial }: { initial: PoliciesSearch }) {
  const [search, setSearch] = useState(initial);
  return (
    <PoliciesPage
      search={search}
      onSearchChange={(patch) => setSearch((current) => ({ ...current, ...patch }))}
    />
  );
}

function renderPolicies(as: "admin" | "member" = "admin", initial: PoliciesSearch = { view: "runners" }) {
  const test = createTestContext();
  const transport = createInMemoryTransport(test.ctx, as === "admin" ? test.adminToken : test.memberToken);
  renderPages({
    transport,
    session:
      as === "admin"
        ? adminSession(test.ids.users.admin)
        : memberSession(test.ids.users.member, [test.ids.groups.developers]),
    pages: { "/policies": () => <Page initial={initial} /> },
    initialPath: "/policies",
  });
  const api = createClient(RunnerService, createInMemoryTransport(test.ctx, test.adminToken));
  const stored = async (runnerId: string) =>
    (await api.listRunnerPolicies({ runnerId })).policies.map(({ groupId, role }) => ({ groupId, role }));
  return { ...test, api, stored };
}

const allRead = () => screen.findByText(/sharing read for all/, undefined, { timeout: 5000 });

describe("PoliciesPage", () => {
  it("by group: each group with the runners it has a role on", async () => {
    const user = userEvent.setup();
    renderPolicies("admin");
    await allRead();
    await user.click(screen.getByRole("tab", { name: "By group" }));
    const developers = screen.getByRole("region", { name: "Developers" });
    const rows = within(within(developers).getByRole("table")).getAllByRole("row").slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(["gcp-mlUser", "linux-build-01User"]);
    const platform = screen.getByRole("region", { name: "Platform team" });
    expect(within(platform).getByRole("row", { name: /aws-prod-eu/ })).toHaveTextContent("Admin");
    expect(
      within(screen.getByRole("region", { name: "Security" })).getByText(/No runner you can see/),
    ).toBeInTheDocument();
  });

  it("finds runners by name and by shared / not shared", async () => {
    const user = userEvent.setup();
    renderPolicies("admin");
    await allRead();
    await user.type(screen.getByRole("searchbox", { name: "Search runners" }), "AWS");
    await waitFor(() => expect(screen.queryByRole("link", { name: "gcp-ml" })).not.toBeInTheDocument());
    expect(screen.getByRole("link", { name: "aws-prod-eu" })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Sharing" }), "Not shared");
    await waitFor(() => expect(screen.queryByRole("link", { name: "aws-prod-eu" })).not.toBeInTheDocument());
    const row = screen.getByRole("row", { name: /aws-staging-us/ });
    expect(row).toHaveTextContent("Not shared");
  });

  it("shares several selected runners with a group at once and reports each runner", async () => {
    const user = userEvent.setup();
    const { ids, api, stored } = renderPolicies("admin");
    await allRead();
    await user.click(screen.getByRole("checkbox", { name: "Select aws-staging-us" }));
    await user.click(screen.getByRole("checkbox", { name: "Select mac-ios-01" }));
    await user.click(screen.getByRole("button", { name: "Share 2 selected with a group" }));
    const dialog = await screen.findByRole("dialog", { name: "Share runners with a group" });
    await user.type(within(dialog).getByRole("combobox", { name: /Group/ }), "Devel{Enter}");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Role/ }), "ADMIN");
    // Already shared with Developers: shown, not offered.
    expect(within(dialog).getByRole("checkbox", { name: /linux-build-01/ })).toBeDisabled();
    // Someone else shares mac-ios-01 meanwhile: that runner fails, the other is shared.
    await api.createRunnerPolicy({
      runnerId: ids.runners.macIos01,
      groupId: ids.groups.developers,
      role: RunnerRole.USER,
    });
    await user.click(within(dialog).getByRole("button", { name: "Share 2 runners" }));
    expect(await within(dialog).findByRole("status")).toHaveTextContent(
      "Shared 1 of 2 runners with Developers as Admin.",
    );
    const results = within(within(dialog).getByRole("list", { name: "Results by runner" })).getAllByRole(
      "listitem",
    );
    expect(results.map((item) => item.textContent)).toEqual([
      "✓aws-staging-us: shared as Admin",
      "✗mac-ios-01: not shared, already shared with Developers; its role there is unchanged",
    ]);
    expect(await stored(ids.runners.awsStagingUs)).toEqual([
      { groupId: ids.groups.developers, role: RunnerRole.ADMIN },
    ]);
    expect(await stored(ids.runners.macIos01)).toEqual([
      { groupId: ids.groups.developers, role: RunnerRole.USER },
    ]);
    await user.click(within(dialog).getByRole("button", { name: "Done" }));
    // The list reads the changed runners again.
    await waitFor(() =>
      expect(screen.getByRole("row", { name: /aws-staging-us/ })).toHaveTextContent("Developers (Admin)"),
    );
  });

  it("a second submit while Share is in flight sends no second request per runner", async () => {
    const user = userEvent.setup();
    const test = createTestContext();
    const { transport, requests } = createRecordingTransport(test.ctx, test.adminToken, RunnerService.method.createRunnerPolicy);
    renderPages({
      transport,
      session: adminSession(test.ids.users.admin),
      pages: { "/policies": () => <Page initial={{ view: "groups" }} /> },
      initialPath: "/policies",
    });
    await allRead();
    await user.click(screen.getByRole("button", { name: "Share runners with Security" }));
    const dialog = await screen.findByRole("dialog", { name: "Share runners with Security" });
    await user.type(within(dialog).getByRole("searchbox", { name: "Search runners to share" }), "gcp");
    await user.click(within(dialog).getByRole("checkbox", { name: "gcp-ml" }));
    // A click, then a second submit that reaches the form before the busy button has painted (the button's
    // disabled state alone cannot stop it).
    const share = within(dialog).getByRole("button", { name: "Share 1 runner" });
    fireEvent.click(share);
    fireEvent.submit(share.closest("form")!);
    expect(await within(dialog).findByRole("status")).toHaveTextContent("Shared 1 of 1 runners with Security as User.");
    expect(requests).toHaveLength(1);
    const { policies } = await createClient(RunnerService, transport).listRunnerPolicies({ runnerId: test.ids.runners.gcpMl });
    expect(policies.filter((p) => p.groupId === test.ids.groups.security)).toHaveLength(1);
  });

  it("shares runners from the group view, with that group fixed", async () => {
    const user = userEvent.setup();
    const { ids, stored } = renderPolicies("admin", { view: "groups" });
    await allRead();
    await user.click(screen.getByRole("button", { name: "Share runners with Security" }));
    const dialog = await screen.findByRole("dialog", { name: "Share runners with Security" });
    expect(within(dialog).queryByRole("combobox", { name: /Group/ })).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole("searchbox", { name: "Search runners to share" }), "gcp");
    await user.click(within(dialog).getByRole("checkbox", { name: "gcp-ml" }));
    await user.click(within(dialog).getByRole("button", { name: "Share 1 runner" }));
    expect(await within(dialog).findByRole("status")).toHaveTextContent(
      "Shared 1 of 1 runners with Security as User.",
    );
    expect(await stored(ids.runners.gcpMl)).toContainEqual({
      groupId: ids.groups.security,
      role: RunnerRole.USER,
    });
  });

  it("shows a member the runners shared with them, with nothing to share", async () => {
    renderPolicies("member");
    await allRead();
    expect(screen.getByRole("row", { name: /gcp-ml/ })).toHaveTextContent("Developers (User)");
    expect(screen.queryByRole("link", { name: "aws-prod-eu" })).not.toBeInTheDocument();
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Share/ })).not.toBeInTheDocument();
  });
});
