import { createClient, type Transport } from "@connectrpc/connect";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTestUser, createTestContext } from "../../../../server/testing";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { adminSession, giveElementsLayout, memberSession, renderPages } from "../../../../test/ui/render-pages";
import { RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import type { Session } from "../../../lib/session";
import { parseRunnerListSearch, type RunnerListSearch } from "./runner-list-search-schema";
import { RunnersListPage } from "./runners-list-page";

/** The page token of a ListRunners request (the transport sees the request as an init object or a message). */
function pageTokenOf(input: unknown): string {
  if (typeof input !== "object" || input === null || !("pagination" in input)) return "";
  const pagination = input.pagination;
  return typeof pagination === "object" && pagination !== null && "token" in pagination && typeof pagination.token === "string" ? pagination.token : "";
}

interface SetupOptions {
  /** Signs in as someone else than the demo admin. */
  as?: (test: ReturnType<typeof createTestContext>) => { token: string; session: Session };
}

function setup(initial: Partial<RunnerListSearch>, options: SetupOptions = {}) {
  const test = createTestContext();
  const user = options.as?.(test) ?? { token: test.adminToken, session: adminSession(test.ids.users.admin) };
  const { transport: recording, requests: listRequests } = createRecordingTransport(
    test.ctx,
    user.token,
    RunnerService.method.listRunners,
  );
  // A test can hold back the answers to ListRunners for a later page, to see what shows while it loads.
  const nextPages = { held: false, release: () => {} };
  const transport: Transport = {
    async unary(method, signal, timeoutMs, header, input, contextValues) {
      if (method.name === "ListRunners" && pageTokenOf(input) && nextPages.held) await new Promise<void>((resolve) => (nextPages.release = resolve));
      return recording.unary(method, signal, timeoutMs, header, input, contextValues);
    },
    stream: (...args) => recording.stream(...args),
  };
  function Page() {
    const [search, setSearch] = useState<RunnerListSearch>(parseRunnerListSearch(initial));
    return <RunnersListPage search={search} onSearchChange={(patch) => setSearch((s) => ({ ...s, ...patch }))} />;
  }
  const rendered = renderPages({ transport, session: user.session, pages: { "/runners": Page }, initialPath: "/runners" });
  return { ...test, ...rendered, listRequests, nextPages, api: createClient(RunnerService, transport) };
}

const user = () => userEvent.setup();
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

  it("loads the next page when the user scrolls near the end, with skeleton rows until it arrives", async () => {
    const { listRequests, api, nextPages } = setup({ pageSize: 25 });
    nextPages.held = true;
    for (let index = 0; index < 30; index++) await api.createRunner({ name: `scroll-runner-${String(index).padStart(2, "0")}`, provider: RunnerProvider.LINUX_HOST });
    await user().click(await screen.findByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(screen.getByText(/25 runners loaded — more available/)).toBeInTheDocument());
    const region = screen.getByRole("region", { name: "Runners list" });
    // Not loaded yet: nothing is fetched before the user scrolls.
    const before = listRequests.length;
    expect(listRequests.every((request) => request.pagination?.token === "")).toBe(true);

    await act(async () => {
      region.scrollTop = 25 * 44; // the last loaded rows and the skeleton rows after them come into view
      region.dispatchEvent(new Event("scroll"));
    });
    expect(region.querySelectorAll("tr[data-placeholder]").length).toBeGreaterThan(0);
    expect(await screen.findByText("25 runners loaded — loading more…")).toBeInTheDocument();
    expect(region.querySelector("tr[data-placeholder] td")).toHaveClass("animate-pulse");
    await act(async () => nextPages.release());
    await waitFor(() => expect(screen.getByText("38 runners loaded")).toBeInTheDocument());
    expect(listRequests.length).toBe(before + 1);
    expect(listRequests.at(-1)?.pagination?.token).not.toBe("");
    // Everything is loaded: no skeleton rows are left.
    expect(region.querySelectorAll("tr[data-placeholder]")).toHaveLength(0);
  });

  it("shows the provider of each runner, and the kind of the local configuration runner rather than Unknown", async () => {
    setup({});
    await waitFor(() => expect(rowNames()).toContain("Local runners"));
    const rowOf = (name: string) => screen.getByRole("link", { name }).closest("tr");
    expect(rowOf("Local runners")).toHaveTextContent("Local configuration");
    expect(rowOf("aws-prod-eu")).toHaveTextContent("AWS EC2");
    expect(screen.getByRole("table")).not.toHaveTextContent("Unknown");
  });

  it("offers to clear filters when nothing matches, and lists every runner again", async () => {
    const { listRequests } = setup({ kind: "local", provider: "aws-ec2" });
    expect(await screen.findByText("No runners match these filters")).toBeInTheDocument();
    await user().click(screen.getByRole("button", { name: "Show all runners" }));
    await waitFor(() => expect(rowNames()).toHaveLength(8));
    expect(listRequests.at(-1)?.filter).toMatchObject({ kinds: [], providers: [], creatorIds: [] });
    expect(screen.queryByRole("button", { name: "Clear filters" })).not.toBeInTheDocument();
  });

  it("says when no loaded runner is in the chosen phase and shows all phases again", async () => {
    setup({ phase: "deleting" });
    expect(await screen.findByText("No loaded runner is in this phase")).toBeInTheDocument();
    expect(screen.getByText("None of the 8 runners is in this phase.")).toBeInTheDocument();
    await user().click(screen.getByRole("button", { name: "Show all phases" }));
    await waitFor(() => expect(rowNames()).toHaveLength(8));
    expect(screen.getByRole("combobox", { name: "Phase (filters loaded rows)" })).toHaveValue("");
  });

  it("tells a member with no shared runners how they get one, without offering to create", async () => {
    setup({}, {
      as: (test) => {
        const { userId, token } = addTestUser(test.ctx, { displayName: "New Member" });
        return { token, session: memberSession(userId, []) };
      },
    });
    expect(await screen.findByText("No runners are shared with you yet")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Create runner" })).not.toBeInTheDocument();
  });
});
