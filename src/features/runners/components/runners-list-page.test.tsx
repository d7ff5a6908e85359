import { createClient } from "@connectrpc/connect";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext } from "../../../../server/testing";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { adminSession, giveElementsLayout, renderPages } from "../../../../test/ui/render-pages";
import { RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { parseRunnerListSearch, type RunnerListSearch } from "./runner-list-search-schema";
import { RunnersListPage } from "./runners-list-page";

function setup(initial: Partial<RunnerListSearch>) {
  const test = createTestContext();
  const { transport, requests: listRequests } = createRecordingTransport(
    test.ctx,
    test.adminToken,
    RunnerService.method.listRunners,
  );
  function Page() {
    const [search, setSearch] = useState<RunnerListSearch>(parseRunnerListSearch(initial));
    return <RunnersListPage search={search} onSearchChange={(patch) => setSearch((s) => ({ ...s, ...patch }))} />;
  }
  const rendered = renderPages({ transport, session: adminSession(test.ids.users.admin), pages: { "/runners": Page }, initialPath: "/runners" });
  return { ...test, ...rendered, listRequests, api: createClient(RunnerService, transport) };
}

const rowNames = () => within(screen.getByRole("table")).getAllByRole("link").map((link) => link.textContent);

describe("RunnersListPage", () => {
  let undoLayout: () => void;
  beforeAll(() => {
    undoLayout = giveElementsLayout();
  });
  afterAll(() => undoLayout());

  it("sends kind, provider and created-by-me to the server and shows what it answers", async () => {
    const user = userEvent.setup();
    const { listRequests, ids } = setup({ provider: "aws-ec2" });
    await waitFor(() => expect(rowNames()).toEqual(["aws-prod-eu", "aws-staging-us"]));
    expect(listRequests.at(-1)?.filter?.providers).toEqual([RunnerProvider.AWS_EC2]);
    expect(listRequests.at(-1)?.filter?.creatorIds).toEqual([]);

    await user.click(screen.getByRole("switch", { name: "Created by me" }));
    await waitFor(() => expect(listRequests.at(-1)?.filter?.creatorIds).toEqual([ids.users.admin]));
    expect(listRequests.at(-1)?.filter?.providers).toEqual([RunnerProvider.AWS_EC2]);

    await user.selectOptions(screen.getByRole("combobox", { name: "Provider" }), "gcp");
    await waitFor(() => expect(rowNames()).toEqual(["gcp-ml"]));
    expect(listRequests.at(-1)?.filter?.providers).toEqual([RunnerProvider.GCP]);
    // The outdated demo runner is marked against the newest version among the loaded rows (here only itself).
    expect(screen.queryByText("outdated")).not.toBeInTheDocument();
  });

  it("filters loaded rows by phase in the browser, and says so", async () => {
    const user = userEvent.setup();
    const { listRequests } = setup({});
    await waitFor(() => expect(rowNames()).toContain("aws-staging-us"));
    // Versions behind the newest among the loaded rows are marked (gcp-ml and mac-ios-01 in the demo data).
    const rowOf = (name: string) => screen.getByRole("link", { name }).closest("tr");
    expect(rowOf("gcp-ml")).toHaveTextContent("outdated");
    expect(rowOf("mac-ios-01")).toHaveTextContent("outdated");
    expect(rowOf("aws-prod-eu")).not.toHaveTextContent("outdated");
    const requestsBefore = listRequests.length;

    await user.selectOptions(screen.getByRole("combobox", { name: "Phase (filters loaded rows)" }), "degraded");
    expect(rowNames()).toEqual(["aws-staging-us"]);
    expect(screen.getByText(/1 of 8 loaded runners match the phase filter/)).toBeInTheDocument();
    expect(listRequests.length).toBe(requestsBefore); // no request: the phase is not a server filter
  });

  it("pages with the cursor: Load more sends the next token and appends, with no totals", async () => {
    const user = userEvent.setup();
    const { listRequests, api } = setup({ pageSize: 25 });
    await waitFor(() => expect(rowNames()).toHaveLength(8));
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
    for (let index = 0; index < 20; index++) await api.createRunner({ name: `bulk-runner-${String(index).padStart(2, "0")}`, provider: RunnerProvider.LINUX_HOST });
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(screen.getByText(/25 runners loaded — more available/)).toBeInTheDocument());
    const firstPage = listRequests.at(-1);
    expect(firstPage?.pagination).toMatchObject({ pageSize: 25, token: "" });

    await user.click(screen.getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(screen.getByText("28 runners loaded")).toBeInTheDocument());
    expect(listRequests.at(-1)?.pagination?.token).not.toBe("");
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
    expect(screen.getByRole("table")).toHaveAttribute("aria-rowcount", "29");
  });

  it("bulk-deletes the selected runners, listing them and reporting each result", async () => {
    const user = userEvent.setup();
    const { api } = setup({ provider: "aws-ec2" });
    await waitFor(() => expect(rowNames()).toHaveLength(2));
    await user.click(screen.getByRole("checkbox", { name: "Select all 2 loaded runners" }));
    await user.click(screen.getByRole("button", { name: "Delete 2 selected" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete 2 runners?" });
    const listed = within(within(dialog).getByRole("list", { name: "Runners to delete" })).getAllByRole("listitem");
    expect(listed.map((item) => item.textContent)).toEqual(["aws-prod-eu", "aws-staging-us"]);
    await user.click(within(dialog).getByRole("checkbox", { name: /Force delete/ }));
    await user.click(within(dialog).getByRole("button", { name: "Force delete 2 runners" }));
    const results = await screen.findByRole("dialog", { name: "Delete runners: results" });
    expect(within(results).getAllByText("Deleted")).toHaveLength(2);

    const { runners } = await api.listRunners({ filter: { providers: [RunnerProvider.AWS_EC2] } });
    expect(runners).toEqual([]);
    await act(async () => {
      await user.click(within(results).getByRole("button", { name: "Close" }));
    });
    await waitFor(() => expect(screen.getByText("No runners match these filters")).toBeInTheDocument());
  });
});
