import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GroupService } from "../../src/gen/gitpod/v1/group_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { startTestServer, type TestServer } from "../testing";
import { expectCode } from "./expect-code";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** What a client could forge: base64url JSON of a sort key, the format of the old unsigned cursors. */
const forged = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

describe("pagination tokens", () => {
  it("accepts the token it issued, in the body and in the query string", async () => {
    const client = server.client(RunnerService);
    const first = await client.listRunners({ pagination: { pageSize: 3 } });
    const token = first.pagination?.nextToken ?? "";
    expect(token).not.toBe("");
    const second = await client.listRunners({ pagination: { pageSize: 3, token } });
    expect(second.runners.map((r) => r.runnerId)).not.toContain(first.runners[0]?.runnerId);
    const viaQuery = await fetch(`${server.baseUrl}/gitpod.v1.RunnerService/ListRunners?pageSize=3&token=${token}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` },
      body: "{}",
    });
    expect(viaQuery.status).toBe(200);
  });

  it.each([
    ["a forged one-element key", forged(["a"])],
    ["a forged key of nulls", forged([null, null])],
    ["a forged key of the right shape", forged(["zzz", "00000000-0000-0000-0000-000000000000"])],
    ["not base64", "garbage!"],
    ["an empty JSON array", forged([])],
  ])("refuses %s with invalid_argument", async (_name, token) => {
    await expectCode(server.client(RunnerService).listRunners({ pagination: { token } }), Code.InvalidArgument);
    await expectCode(server.client(GroupService).listGroups({ pagination: { token } }), Code.InvalidArgument);
  });

  it("refuses a tampered token and a token of another list", async () => {
    const first = await server.client(RunnerService).listRunners({ pagination: { pageSize: 1 } });
    const token = first.pagination?.nextToken ?? "";
    const bytes = Buffer.from(token, "base64url");
    bytes[bytes.length - 2] = (bytes[bytes.length - 2] ?? 0) ^ 1;
    const tampered = bytes.toString("base64url");
    await expectCode(server.client(RunnerService).listRunners({ pagination: { token: tampered } }), Code.InvalidArgument);
    await expectCode(server.client(GroupService).listGroups({ pagination: { token } }), Code.InvalidArgument);
  });
});
