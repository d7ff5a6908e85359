import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { TEST_MEMBER_TOKEN, createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { memberSession, renderPages } from "../../../../test/ui/render-pages";
import { HostTokensList } from "./host-tokens-list";

const optionNames = (dialog: HTMLElement) => within(within(dialog).getByRole("listbox", { hidden: true })).queryAllByRole("option").map((o) => o.firstChild?.textContent);

describe("Add a host token: the runner picker", () => {
  it("searches the runners the member can see (a token is their own), and choosing one offers its hosts", async () => {
    const test = createTestContext();
    renderPages({
      transport: createInMemoryTransport(test.ctx, TEST_MEMBER_TOKEN),
      session: memberSession(test.ids.users.member, [test.ids.groups.developers]),
      pages: { "/host-tokens": () => <HostTokensList showRunnerColumn /> },
      initialPath: "/host-tokens",
    });
    const user = userEvent.setup();
    await user.click((await screen.findAllByRole("button", { name: "Add host token" }))[0]!);
    const dialog = await screen.findByRole("dialog", { name: "Add a host token" });
    const picker = await within(dialog).findByRole("combobox", { name: "Runner" });
    await user.click(picker);
    // Max sees the runners shared with Developers (demo data), and only those.
    await waitFor(() => expect(optionNames(dialog)).toEqual(["gcp-ml", "linux-build-01"]));
    await user.type(picker, "LINUX{Enter}");
    expect(picker).toHaveValue("linux-build-01");
    const host = within(dialog).getByRole("combobox", { name: /Host/ });
    await waitFor(() => expect(within(host).getAllByRole("option").map((o) => o.textContent)).toContain("github.com"));
  });
});
