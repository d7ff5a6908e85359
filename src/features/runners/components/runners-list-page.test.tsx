import { createClient, type Transport } from "@connectrpc/connect";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seedBulkRunners } from "../../../../server/seed/bulk";
import { DEMO_SEED } from "../../../../server/seed/ids";
import { TEST_NOW, addTestUser, createTestContext } from "../../../../server/testing";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { adminSession, giveElementsLayout, memberSession, renderPages } from "../../../../test/ui/render-pages";
import { RunnerKind, RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
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
  /** Runners added to the demo ones ("bulk-000001" …). */
  bulk?: number;
}

async function setup(initial: { [K in keyof RunnerListSearch]?: unknown }, options: SetupOptions = {}) {
  const test = createTestContext();
  if (options.bulk) await seedBulkRunners(test.ctx, test.ids, options.bulk, DEMO_SEED);
  const user = options.as?.(test) ?? { token: test.adminToken, session: adminSession(test.ids.users.admin) };
  const { transport: recording, requests: listRequests } = createRecordingTransport(test.ctx, user.token, RunnerService.method.listRunners);
  // A test can hold back the answers to ListRunners after the first page, to see what shows while indexing.
  const nextPages = { held: false, release: () => {} };
  const transport: Transport = {
    async unary(method, signal, timeoutMs, header, input, contextValues) {
      if (method.name === "ListRunners" && pageTokenOf(input) && nextPages.held) await new Promise<void>((resolve) => (nextPages.release = resolve));
      return recording.unary(method, signal, timeoutMs, header, input, contextValues);
    },
    stream: (...args) => recording.stream(...args),
  };
  const urls: RunnerListSearch[] = [];
  function Page() {
    const [search, setSearch] = useState<RunnerListSearch>(parseRunnerListSearch(initial));
    return (
      <RunnersListPage
        search={search}
        onSearchChange={(patch) =>
          setSearch((s) => {
            const next = { ...s, ...patch };
            urls.push(next);
            return next;
          })
        }
      />
    );
  }
  const rendered = renderPages({ transport, session: user.session, pages: { "/runners": Page }, initialPath: "/runners" });
  return { ...test, ...rendered, listRequests, nextPages, urls, api: createClient(RunnerService, transport) };
}

const user = () => userEvent.setup();
const rowNames = () => within(screen.getByRole("table")).getAllByRole("link").map((link) => link.textContent);
const status = () => screen.getAllByRole("status").map((s) => s.textContent).join(" | ");

describe("RunnersListPage", () => {
  let undoLayout: () => void;
  beforeAll(() => {
    undoLayout = giveElementsLayout();
  });
  afterAll(() => undoLayout());
  beforeEach(() => {
    // Statuses are judged against the clock: the browser's clock is the demo server's.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(TEST_NOW);
  });
  afterEach(() => vi.useRealTimers());

  it("finds runners by a case-insensitive part of the name, counts them against the total, and puts the search in the URL", async () => {
    const { urls } = await setup({});
    await waitFor(() => expect(rowNames()).toHaveLength(8));
    expect(screen.getByText("8 runners")).toBeInTheDocument();
    await user().type(screen.getByRole("searchbox", { name: "Search by name" }), "AWS");
    await waitFor(() => expect(rowNames()).toEqual(["aws-prod-eu", "aws-staging-us"]));
    expect(screen.getByText("2 of 8 runners")).toBeInTheDocument();
    await waitFor(() => expect(urls.at(-1)?.q).toBe("AWS"));
  });

  it("filters by status over every runner, stale included, with no request to the server", async () => {
    // An hour after the demo's last heartbeats every running runner has been silent too long: "Active" is no longer true.
    vi.setSystemTime(new Date(TEST_NOW.getTime() + 3600_000));
    const { listRequests } = await setup({ phase: "degraded" });
    await waitFor(() => expect(rowNames()).toEqual(["aws-staging-us"]));
    expect(screen.getByText("1 of 8 runners")).toBeInTheDocument();
    const requests = listRequests.length;
    await user().selectOptions(screen.getByRole("combobox", { name: "Status" }), "stale");
    await waitFor(() => expect(rowNames()).toEqual(expect.arrayContaining(["aws-prod-eu", "gcp-ml", "linux-build-01", "managed-eu"])));
    expect(rowNames()).toHaveLength(4);
    expect(listRequests.length).toBe(requests);
  });

  it("sorts by a column header, and again the other way", async () => {
    const { urls } = await setup({});
    await waitFor(() => expect(rowNames()).toHaveLength(8));
    expect(rowNames()[0]).toBe("aws-prod-eu");
    expect(screen.getByRole("columnheader", { name: /Name/ })).toHaveAttribute("aria-sort", "ascending");
    await user().click(screen.getByRole("button", { name: "Name" }));
    await waitFor(() => expect(rowNames()[0]).toBe("managed-eu"));
    expect(urls.at(-1)).toMatchObject({ sort: "name", dir: "desc" });
    await user().click(screen.getByRole("button", { name: "Status" }));
    // Degraded first, then inactive, then created.
    await waitFor(() => expect(rowNames().slice(0, 3)).toEqual(["aws-staging-us", "mac-ios-01", "dev-agent"]));
    expect(screen.getByRole("columnheader", { name: /Status/ })).toHaveAttribute("aria-sort", "ascending");
  });

  it("sends the chosen kinds and providers to the server", async () => {
    const { listRequests } = await setup({ provider: "aws-ec2" });
    await waitFor(() => expect(rowNames()).toEqual(["aws-prod-eu", "aws-staging-us"]));
    expect(listRequests.at(-1)?.filter?.providers).toEqual([RunnerProvider.AWS_EC2]);
    await user().click(screen.getByRole("button", { name: /Provider/ }));
    await user().click(screen.getByRole("checkbox", { name: "Google Cloud" }));
    await waitFor(() => expect(rowNames()).toEqual(["aws-prod-eu", "aws-staging-us", "gcp-ml"]));
    expect(listRequests.at(-1)?.filter?.providers).toEqual([RunnerProvider.AWS_EC2, RunnerProvider.GCP]);
    await user().click(screen.getByRole("button", { name: /Kind/ }));
    await user().click(screen.getByRole("checkbox", { name: "Local" }));
    expect(await screen.findByText("No runners match these filters")).toBeInTheDocument();
    expect(listRequests.at(-1)?.filter?.kinds).toEqual([RunnerKind.LOCAL]);
    await user().click(screen.getByRole("button", { name: "Show all runners" }));
    await waitFor(() => expect(rowNames()).toHaveLength(8));
    expect(listRequests.at(-1)?.filter).toMatchObject({ kinds: [], providers: [], creatorIds: [] });
  });

  it("shows what is indexed so far, can stop and continue, then shows the total", async () => {
    const { nextPages } = await setup({}, { bulk: 150 });
    nextPages.held = true;
    await waitFor(() => expect(status()).toContain("100 runners so far"));
    expect(screen.getByText(/Indexed 100 runners…/)).toBeInTheDocument();
    await user().click(screen.getByRole("button", { name: "Stop" }));
    expect(screen.getByText(/Stopped after 100 runners/)).toBeInTheDocument();
    nextPages.held = false;
    nextPages.release();
    await user().click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(status()).toContain("158 runners"));
    expect(status()).not.toContain("so far");
  });

  it("bulk-deletes the selected runners, and they leave the list at once", async () => {
    const { api } = await setup({ provider: "aws-ec2" });
    await waitFor(() => expect(rowNames()).toHaveLength(2));
    await user().click(screen.getByRole("checkbox", { name: "Select all 2 shown runners" }));
    await user().click(screen.getByRole("button", { name: "Delete 2 selected" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete 2 runners?" }, { timeout: 5000 }); // loads on first open
    const listed = within(within(dialog).getByRole("list", { name: "Runners to delete" })).getAllByRole("listitem");
    expect(listed.map((item) => item.textContent)).toEqual(["aws-prod-eu", "aws-staging-us"]);
    await user().click(within(dialog).getByRole("checkbox", { name: /Force delete/ }));
    await user().click(within(dialog).getByRole("button", { name: "Force delete 2 runners" }));
    const results = await screen.findByRole("dialog", { name: "Delete runners: results" });
    expect(within(results).getAllByText("Deleted")).toHaveLength(2);
    const { runners } = await api.listRunners({ filter: { providers: [RunnerProvider.AWS_EC2] } });
    expect(runners).toEqual([]);
    await act(async () => {
      await user().click(within(results).getByRole("button", { name: "Close" }));
    });
    expect(screen.getByText("No runners match these filters")).toBeInTheDocument();
  });

  it("shows the provider of each runner, and the kind of the local configuration runner rather than Unknown", async () => {
    await setup({});
    await waitFor(() => expect(rowNames()).toContain("Local runners"));
    const rowOf = (name: string) => screen.getByRole("link", { name }).closest("tr");
    expect(rowOf("Local runners")).toHaveTextContent("Local configuration");
    expect(rowOf("aws-prod-eu")).toHaveTextContent("AWS EC2");
    expect(rowOf("gcp-ml")).toHaveTextContent("outdated");
    expect(rowOf("aws-prod-eu")).not.toHaveTextContent("outdated");
    expect(screen.getByRole("table")).not.toHaveTextContent("Unknown");
  });

  it("says when no runner has the name, and shows every runner again", async () => {
    await setup({ q: "nothing-like-this" });
    expect(await screen.findByText("No runner matches")).toBeInTheDocument();
    expect(screen.getByText("None of the 8 runners has “nothing-like-this” in its name.")).toBeInTheDocument();
    await user().click(screen.getByRole("button", { name: "Show all runners" }));
    await waitFor(() => expect(rowNames()).toHaveLength(8));
    expect(screen.getByRole("searchbox", { name: "Search by name" })).toHaveValue("");
  });

  it("tells a member with no shared runners how they get one, without offering to create", async () => {
    await setup(
      {},
      {
        as: (test) => {
          const { userId, token } = addTestUser(test.ctx, { displayName: "New Member" });
          return { token, session: memberSession(userId, []) };
        },
      },
    );
    expect(await screen.findByText("No runners are shared with you yet")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Create runner" })).not.toBeInTheDocument();
  });
});
