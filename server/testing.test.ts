import { Code, createClient } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { RunnerService } from "../src/gen/gitpod/v1/runner_pb";
import { expectCode } from "./api-tests/expect-code";
import { createInMemoryTransport, createTestContext } from "./testing";

describe("createInMemoryTransport", () => {
  it("runs the real routes and auth on an in-memory store, as the token's owner", async () => {
    const { ctx, memberToken } = createTestContext();
    const runners = await createClient(RunnerService, createInMemoryTransport(ctx, memberToken)).listRunners(
      {},
    );
    expect(runners.runners.map((r) => r.name)).toEqual(["gcp-ml", "linux-build-01"]);
    await expectCode(
      createClient(RunnerService, createInMemoryTransport(ctx, undefined)).listRunners({}),
      Code.Unauthenticated,
    );
  });

  it("pages with the body token (no query string in memory)", async () => {
    const { ctx, adminToken } = createTestContext();
    const client = createClient(RunnerService, createInMemoryTransport(ctx, adminToken));
    const first = await client.listRunners({ pagination: { pageSize: 5 } });
    const second = await client.listRunners({
      pagination: { pageSize: 5, token: first.pagination?.nextToken ?? "" },
    });
    expect(first.runners.length + second.runners.length).toBe(8);
  });
});
