import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { insertPolicy } from "../../../../server/store/policies";
import { TEST_MEMBER_TOKEN, TEST_NOW, createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, memberSession, renderPages } from "../../../../test/ui/render-pages";
import { RunnerRole } from "../../../gen/gitpod/v1/runner_pb";
import { NewEnvironmentClassPage } from "./new-environment-class-page";

function renderAs(as: "admin" | "member") {
  const test = createTestContext();
  // Max Member is USER on gcp-ml and linux-build-01 (demo data) and here also ADMIN on mac-ios-01.
  insertPolicy(test.ctx.db, { runnerId: test.ids.runners.macIos01, groupId: test.ids.groups.developers, role: RunnerRole.ADMIN, createdAt: TEST_NOW });
  const token = as === "admin" ? test.adminToken : TEST_MEMBER_TOKEN;
  const session = as === "admin" ? adminSession(test.ids.users.admin) : memberSession(test.ids.users.member, [test.ids.groups.developers]);
  const chosen: (string | undefined)[] = [];
  renderPages({
    transport: createInMemoryTransport(test.ctx, token),
    session,
    pages: { "/environment-classes/new": () => <NewEnvironmentClassPage runnerId={undefined} onRunnerChange={(id) => chosen.push(id)} onCreated={() => {}} onCancel={() => {}} /> },
    initialPath: "/environment-classes/new",
  });
  return { ...test, chosen };
}

const optionNames = () => within(screen.getByRole("listbox", { hidden: true })).queryAllByRole("option").map((o) => o.firstChild?.textContent);

describe("New environment class: runner picker", () => {
  it("offers a member only the runners where they are an admin, and says why others are missing", async () => {
    const { ids, chosen } = renderAs("member");
    const user = userEvent.setup();
    const picker = await screen.findByRole("combobox", { name: "Runner" });
    await waitFor(() => expect(picker).toHaveAccessibleDescription(/Runners where you are not an admin are not listed/));
    await user.click(picker);
    expect(optionNames()).toEqual(["mac-ios-01"]);
    await user.type(picker, "gcp");
    expect(optionNames()).toEqual([]);
    await user.clear(picker);
    await user.type(picker, "MAC{Enter}");
    expect(chosen).toEqual([ids.runners.macIos01]);
  });

  it("offers an org admin every runner but the local configuration, searchable by name", async () => {
    renderAs("admin");
    const user = userEvent.setup();
    const picker = await screen.findByRole("combobox", { name: "Runner" });
    await user.click(picker);
    await waitFor(() => expect(optionNames()).toEqual(["aws-prod-eu", "aws-staging-us", "dev-agent", "gcp-ml", "linux-build-01", "mac-ios-01", "managed-eu"]));
    await user.type(picker, "aws");
    expect(optionNames()).toEqual(["aws-prod-eu", "aws-staging-us"]);
  });
});
