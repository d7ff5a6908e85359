import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { addTestUser, createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, memberSession, renderPages } from "../../../../test/ui/render-pages";
import type { Session } from "../../../lib/session";
import { RunnerDetailLayout } from "./runner-detail-layout";
import { RunnerDangerZonePage, RunnerTokensPage } from "./runner-tab-pages";

type Who = "org admin" | "runner user" | "runner admin";

function setup(who: Who, runner: "linuxBuild01" | "awsProdEu", tab: "tokens" | "danger-zone") {
  const test = createTestContext();
  const runnerId = test.ids.runners[runner];
  let token = test.adminToken;
  let session: Session = adminSession(test.ids.users.admin);
  if (who === "runner user") {
    token = test.memberToken;
    session = memberSession(test.ids.users.member, [test.ids.groups.developers]);
  } else if (who === "runner admin") {
    const platformGroup = test.ids.groups.platformTeam;
    const added = addTestUser(test.ctx, { displayName: "Pat Platform", groupIds: [platformGroup] });
    token = added.token;
    session = { ...memberSession(added.userId, [platformGroup]), displayName: "Pat Platform" };
  }
  const inLayout = (page: React.ReactNode) => () => <RunnerDetailLayout runnerId={runnerId}>{page}</RunnerDetailLayout>;
  renderPages({
    transport: createInMemoryTransport(test.ctx, token),
    session,
    pages: {
      "/runners/$runnerId": inLayout(<h2>Overview of the runner</h2>),
      "/runners/$runnerId/tokens": inLayout(<RunnerTokensPage runnerId={runnerId} />),
      "/runners/$runnerId/danger-zone": inLayout(<RunnerDangerZonePage runnerId={runnerId} />),
    },
    initialPath: `/runners/${runnerId}/${tab}`,
  });
}

async function tabNames(): Promise<string[]> {
  const nav = await screen.findByRole("navigation", { name: "Runner sections" });
  // The Sharing tab is always there; wait for it so the list is the rendered one.
  await within(nav).findByRole("link", { name: "Sharing" });
  return within(nav).getAllByRole("link").map((link) => link.textContent ?? "");
}

describe("Runner detail tabs by role", () => {
  it("hides Tokens and Danger zone from a runner USER; opened by URL, the tab says why and links back", async () => {
    setup("runner user", "linuxBuild01", "tokens");
    expect(await screen.findByText("This section is for admins of the runner")).toBeInTheDocument();
    const names = await tabNames();
    expect(names).toContain("Host tokens");
    expect(names).not.toContain("Tokens");
    expect(names).not.toContain("Danger zone");
    expect(screen.getByText(/Creating runner and logs tokens needs the admin role on linux-build-01/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /New runner token|New logs token/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("link", { name: "Back to the runner's overview" }));
    expect(await screen.findByRole("heading", { name: "Overview of the runner" })).toBeInTheDocument();
  });

  it("the Danger zone URL tells a runner USER the same, without rename or delete", async () => {
    setup("runner user", "linuxBuild01", "danger-zone");
    expect(await screen.findByText(/Renaming and deleting the runner needs the admin role/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Delete runner|Force delete/ })).not.toBeInTheDocument();
  });

  it("shows both tabs to an org admin and to a member who is ADMIN on the runner", async () => {
    setup("org admin", "linuxBuild01", "tokens");
    expect(await tabNames()).toEqual(expect.arrayContaining(["Tokens", "Danger zone"]));
    expect(await screen.findByRole("button", { name: "New runner token" })).toBeInTheDocument();
  });

  it("shows the Danger zone to a member whose group is ADMIN on the runner", async () => {
    setup("runner admin", "awsProdEu", "danger-zone");
    expect(await screen.findByRole("button", { name: "Delete runner" })).toBeInTheDocument();
    expect(await tabNames()).toEqual(expect.arrayContaining(["Tokens", "Danger zone"]));
  });
});
