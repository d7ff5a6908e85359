import { createClient } from "@connectrpc/connect";
import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { TEST_NOW, createInMemoryTransport, createTestContext } from "../../../server/testing";
import { observeServerTime, resetServerClock } from "../../lib/server-clock";
import { RunnerService } from "../../gen/gitpod/v1/runner_pb";
import { RunnerLastSeen, RunnerStatusBadge } from "./runner-phase-badge";

describe("runner status", () => {
  afterEach(() => resetServerClock());

  it("the local-configuration runner says whether local runners are allowed, and that it does not report", async () => {
    const { ctx, ids, adminToken } = createTestContext();
    const api = createClient(RunnerService, createInMemoryTransport(ctx, adminToken));
    const { runner } = await api.getRunner({ runnerId: ids.runners.localConfiguration });
    if (!runner) throw new Error("the demo org has a local-configuration runner");
    render(
      <>
        <RunnerStatusBadge runner={runner} />
        <RunnerLastSeen runner={runner} />
      </>,
    );
    expect(screen.getByText("Local runners allowed")).toBeInTheDocument();
    expect(screen.queryByText("Active")).not.toBeInTheDocument();
    expect(screen.getByText("does not report")).toBeInTheDocument();
    expect(screen.queryByText(/months? ago/)).not.toBeInTheDocument();
  });

  it("any other runner shows its phase, or Stale once its last heartbeat is too old", async () => {
    const { ctx, ids, adminToken } = createTestContext();
    const api = createClient(RunnerService, createInMemoryTransport(ctx, adminToken));
    const { runner } = await api.getRunner({ runnerId: ids.runners.linuxBuild01 });
    if (!runner) throw new Error("the demo org has linux-build-01");
    observeServerTime(TEST_NOW.getTime());
    render(<RunnerStatusBadge runner={runner} />);
    expect(screen.getByText("Active")).toBeInTheDocument();
    act(() => observeServerTime(TEST_NOW.getTime() + 3600_000));
    expect(screen.getByText("Stale")).toBeInTheDocument();
    expect(screen.queryByText("Active")).not.toBeInTheDocument();
  });
});
