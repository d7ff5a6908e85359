import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { seedBulkRunners } from "../../../../server/seed/bulk";
import { createTestContext } from "../../../../server/testing";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { adminSession, renderPages } from "../../../../test/ui/render-pages";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import type { PoliciesSearch } from "../policies-search";
import { PoliciesPage } from "./policies-page";

function Page() {
  const [search, setSearch] = useState<PoliciesSearch>({ view: "runners" });
  return <PoliciesPage search={search} onSearchChange={(patch) => setSearch((current) => ({ ...current, ...patch }))} />;
}

describe("PoliciesPage with many runners", () => {
  it("by runner, an org admin's list reads the sharing of the rows it shows; by group reads every runner's", async () => {
    const test = createTestContext();
    await seedBulkRunners(test.ctx, test.ids, 120, "policies-scale");
    const { transport, requests } = createRecordingTransport(test.ctx, test.adminToken, RunnerService.method.listRunnerPolicies);
    renderPages({ transport, session: adminSession(test.ids.users.admin), pages: { "/policies": () => <Page /> }, initialPath: "/policies" });
    const user = userEvent.setup();

    expect(await screen.findByText("128 runners · sharing read for the runners shown", undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(new Set(requests.map((request) => request.runnerId)).size).toBe(50);
    await user.click(screen.getByRole("button", { name: "Show 50 more of 78" }));
    await waitFor(() => expect(new Set(requests.map((request) => request.runnerId)).size).toBe(100));

    await user.click(screen.getByRole("tab", { name: "By group" }));
    expect(await screen.findByText("128 runners · sharing read for all", undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(new Set(requests.map((request) => request.runnerId)).size).toBe(128);
    // Every 10th bulk runner is shared with Developers (12), besides the demo's gcp-ml and linux-build-01.
    expect(screen.getByRole("region", { name: "Developers" })).toHaveTextContent("14 runners");
  }, 30_000);
});
