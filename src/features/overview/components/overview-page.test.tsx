import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { seedBulkRunners } from "../../../../server/seed/bulk";
import { DEMO_SEED } from "../../../../server/seed/ids";
import { TEST_NOW, createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, renderPages } from "../../../../test/ui/render-pages";
import { OverviewPage } from "./overview-page";

describe("OverviewPage", () => {
  it("counts runners by provider, the local configuration runner under its kind rather than Unknown", async () => {
    const test = createTestContext();
    renderPages({
      transport: createInMemoryTransport(test.ctx, test.adminToken),
      session: adminSession(test.ids.users.admin),
      pages: { "/": OverviewPage },
      initialPath: "/",
    });
    const byProvider = await screen.findByRole("list", { name: "Runners by provider" });
    const items = within(byProvider).getAllByRole("listitem").map((item) => item.textContent);
    expect(items).toContain("AWS EC22");
    expect(items).toContain("Local configuration1");
    expect(byProvider).not.toHaveTextContent("Unknown");
    // gcp-ml and mac-ios-01 report older versions: the way into the fleet update for exactly those.
    expect(screen.getByRole("link", { name: "2 runners outdated" })).toHaveAttribute("href", "/runners?outdated=true");
    expect(screen.getByRole("link", { name: "Turn on auto-update for these" })).toHaveAttribute("href", "/runners?outdated=true&update=auto-update");
  });
});

describe("OverviewPage over the fleet index", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(TEST_NOW);
  });
  afterEach(() => vi.useRealTimers());

  it("links each count to the filtered runners list and lists the 10 most severe runners, then the rest one link away", async () => {
    const test = createTestContext();
    // Every 5th bulk runner is degraded and every 5th inactive: 12 more that need attention.
    await seedBulkRunners(test.ctx, test.ids, 30, DEMO_SEED);
    const { router } = renderPages({
      transport: createInMemoryTransport(test.ctx, test.adminToken),
      session: adminSession(test.ids.users.admin),
      pages: { "/": OverviewPage, "/runners": () => <h1>Runners list</h1> },
      initialPath: "/",
    });
    const byStatus = await screen.findByRole("list", { name: "Runners by status" });
    await waitFor(() => expect(screen.getByText("38 runners in total")).toBeInTheDocument());
    expect(within(byStatus).getByRole("link", { name: "7 runners Degraded" })).toHaveAttribute("href", "/runners?phase=degraded");
    expect(within(screen.getByRole("list", { name: "Runners by provider" })).getByRole("link", { name: "9 runners on Google Cloud" })).toHaveAttribute(
      "href",
      `/runners?provider=${encodeURIComponent(JSON.stringify(["gcp"]))}`,
    );
    expect(within(screen.getByRole("list", { name: "Runners by version" })).getByRole("link", { name: "1 runner on version 2025.03.1" })).toBeInTheDocument();

    const attention = screen.getByRole("list", { name: "Runners that need attention" });
    const items = within(attention).getAllByRole("listitem").filter((item) => item.parentElement === attention);
    expect(items).toHaveLength(10);
    // Degraded first: the demo's aws-staging-us and the six degraded bulk runners.
    expect(items.slice(0, 7).every((item) => item.textContent?.includes("Degraded"))).toBe(true);
    expect(items[7]).toHaveTextContent("Inactive");
    await userEvent.setup().click(screen.getByRole("link", { name: /^and \d+ more →$/ }));
    await waitFor(() => expect(router.state.location.search).toEqual({ attention: true }));
  });
});
