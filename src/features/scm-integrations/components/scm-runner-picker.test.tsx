import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { insertPolicy } from "../../../../server/store/policies";
import { TEST_MEMBER_TOKEN, TEST_NOW, createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, memberSession, renderPages } from "../../../../test/ui/render-pages";
import { RunnerRole } from "../../../gen/gitpod/v1/runner_pb";
import { ScmIntegrationsList } from "./scm-integrations-list";

function renderList(as: "admin" | "member" = "admin") {
  const test = createTestContext();
  // Max Member is USER on gcp-ml and linux-build-01 (demo data) and here also ADMIN on mac-ios-01.
  insertPolicy(test.ctx.db, { runnerId: test.ids.runners.macIos01, groupId: test.ids.groups.developers, role: RunnerRole.ADMIN, createdAt: TEST_NOW });
  const token = as === "admin" ? test.adminToken : TEST_MEMBER_TOKEN;
  const session = as === "admin" ? adminSession(test.ids.users.admin) : memberSession(test.ids.users.member, [test.ids.groups.developers]);
  renderPages({
    transport: createInMemoryTransport(test.ctx, token),
    session,
    pages: { "/scm-integrations": () => <ScmIntegrationsList runnerIds={[]} /> },
    initialPath: "/scm-integrations",
  });
  return test;
}

const optionNames = (dialog: HTMLElement) => within(within(dialog).getByRole("listbox", { hidden: true })).queryAllByRole("option").map((o) => o.firstChild?.textContent);

describe("New SCM integration: the runner picker", () => {
  it("searches every runner by name for an org admin; choosing one loads its SCMs", async () => {
    renderList("admin");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "New SCM integration" }));
    const dialog = await screen.findByRole("dialog", { name: "New SCM integration" });
    const picker = await within(dialog).findByRole("combobox", { name: "Runner" });
    await user.type(picker, "aws");
    await waitFor(() => expect(optionNames(dialog)).toEqual(["aws-prod-eu", "aws-staging-us"]));
    await user.keyboard("{ArrowDown}{Enter}");
    expect(picker).toHaveValue("aws-staging-us");
    const scm = within(dialog).getByRole("combobox", { name: "SCM" });
    await waitFor(() => expect(within(scm).getAllByRole("option").length).toBeGreaterThan(1));
  });
});
