// The pre-serialised ListRunners / GetRunner path answers byte for byte as the Connect handler would. A request
// with `application/json; charset=utf-8` always goes to Connect, so each case is sent both ways and compared.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { RunnerKind, RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase, RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import * as runners from "../store/runners";
import { startTestServer, type TestServer } from "../testing";

// Counts how often a runner is turned into a message: the Connect path does it per runner and request.
vi.mock("../store/runners", async (importOriginal) => {
  const original = await importOriginal<typeof import("../store/runners")>();
  return { ...original, runnerFromRow: vi.fn(original.runnerFromRow) };
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

const FAST = "application/json";
const CONNECT = "application/json; charset=utf-8";

function post(rpc: string, contentType: string, body: unknown, headers: Record<string, string> = {}, query = ""): Promise<Answer> {
  const url = new URL(`${server.baseUrl}/gitpod.v1.RunnerService/${rpc}${query}`);
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers: { "content-type": contentType, ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const { date: _date, connection: _connection, "keep-alive": _keepAlive, ...rest } = response.headers;
        resolve({ status: response.statusCode ?? 0, headers: rest, body: Buffer.concat(chunks).toString("latin1") });
      });
    });
    request.on("error", reject);
    request.end(typeof body === "string" ? body : JSON.stringify(body));
  });
}

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** The same call through the fast path and through Connect: equal answers; returns the fast one. */
async function sameBothWays(rpc: string, body: unknown, headers: Record<string, string>, query = ""): Promise<Answer> {
  const fast = await post(rpc, FAST, body, headers, query);
  const connect = await post(rpc, CONNECT, body, headers, query);
  expect(fast).toEqual(connect);
  return fast;
}

function parsed(answer: Answer): { runners?: Array<{ name: string; runnerId: string }>; pagination?: { nextToken?: string } } {
  return JSON.parse(answer.body);
}

describe("ListRunners and GetRunner from cached wire forms", () => {
  it("serves a repeated page without building a message per runner, with Connect's bytes", async () => {
    const body = { pagination: { pageSize: 5 } };
    await post("ListRunners", FAST, body, auth(server.adminToken));
    vi.mocked(runners.runnerFromRow).mockClear();
    const fast = await post("ListRunners", FAST, body, auth(server.adminToken));
    expect(vi.mocked(runners.runnerFromRow)).not.toHaveBeenCalled();
    const connect = await post("ListRunners", CONNECT, body, auth(server.adminToken));
    expect(vi.mocked(runners.runnerFromRow)).toHaveBeenCalledTimes(5);
    expect(fast).toEqual(connect);
    expect(parsed(fast).runners).toHaveLength(5);
  });

  it("matches Connect for admin and member, every filter, and the next pages", async () => {
    const filters = [
      {},
      { kinds: [RunnerKind.REMOTE] },
      { kinds: ["RUNNER_KIND_LOCAL"] },
      { providers: [RunnerProvider.GCP, RunnerProvider.AWS_EC2] },
      { creatorIds: [server.ids.users.admin] },
      { creatorIds: [server.ids.users.member] },
    ];
    let pages = 0;
    for (const token of [server.adminToken, server.memberToken]) {
      for (const filter of filters) {
        let next = "";
        do {
          const page = parsed(await sameBothWays("ListRunners", { filter, pagination: { pageSize: 2, token: next } }, auth(token)));
          next = page.pagination?.nextToken ?? "";
          pages++;
        } while (next);
      }
    }
    expect(pages).toBeGreaterThan(12);
    const member = parsed(await sameBothWays("ListRunners", {}, auth(server.memberToken)));
    expect(member.runners?.map((r) => r.name)).toEqual(["gcp-ml", "linux-build-01"]);
  });

  it("matches Connect for ?pageSize=&token= in the query string, an empty page and an empty body", async () => {
    const first = parsed(await sameBothWays("ListRunners", {}, auth(server.adminToken), "?pageSize=3"));
    await sameBothWays("ListRunners", {}, auth(server.adminToken), `?pageSize=3&token=${first.pagination?.nextToken ?? ""}`);
    const none = await sameBothWays("ListRunners", { filter: { creatorIds: ["00000000-0000-4000-8000-00000000dead"] } }, auth(server.adminToken));
    expect(none.body).toBe('{"pagination":{}}');
    await sameBothWays("ListRunners", "", auth(server.adminToken));
  });

  it("matches Connect's compression: gzip and br when accepted, none for small bodies", async () => {
    for (const acceptEncoding of ["gzip", "br", "br, gzip", "deflate", "identity"]) {
      const big = await sameBothWays("ListRunners", { pagination: { pageSize: 8 } }, { ...auth(server.adminToken), "accept-encoding": acceptEncoding });
      expect(big.headers["content-encoding"]).toBe(["gzip", "br"].includes(acceptEncoding.split(",")[0] ?? "") ? acceptEncoding.split(",")[0] : undefined);
    }
    const small = await sameBothWays("ListRunners", { filter: { creatorIds: [server.ids.users.member] } }, { ...auth(server.adminToken), "accept-encoding": "gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
  });

  it("matches Connect's errors: invalid filter, foreign token, bad page size, unauthenticated, bad JSON", async () => {
    const admin = auth(server.adminToken);
    const cases: Array<[unknown, Record<string, string>, string]> = [
      [{ filter: { creatorIds: ["not-a-uuid"] } }, admin, "invalid_argument"],
      [{ filter: { kinds: [99] } }, admin, "invalid_argument"],
      [{ filter: { kinds: ["RUNNER_KIND_NOPE"] } }, admin, "invalid_argument"],
      [{ pagination: { token: "forged" } }, admin, "invalid_argument"],
      [{ pagination: { pageSize: 101 } }, admin, "invalid_argument"],
      [{}, {}, "unauthenticated"],
      [{}, auth("no-such-token"), "unauthenticated"],
      ["{not json", admin, "invalid_argument"],
    ];
    for (const [body, headers, code] of cases) {
      const answer = await sameBothWays("ListRunners", body, headers);
      expect(JSON.parse(answer.body)).toMatchObject({ code });
    }
  });

  it("GetRunner matches Connect; a runner the member cannot see is not_found", async () => {
    const { awsProdEu, linuxBuild01 } = server.ids.runners;
    const runner = await sameBothWays("GetRunner", { runnerId: awsProdEu }, auth(server.adminToken));
    expect(JSON.parse(runner.body)).toMatchObject({ runner: { runnerId: awsProdEu, name: "aws-prod-eu" } });
    await sameBothWays("GetRunner", { runnerId: linuxBuild01 }, auth(server.memberToken));
    const hidden = await sameBothWays("GetRunner", { runnerId: awsProdEu }, auth(server.memberToken));
    expect(JSON.parse(hidden.body)).toMatchObject({ code: "not_found" });
    const invalid = await sameBothWays("GetRunner", { runnerId: "nope" }, auth(server.adminToken));
    expect(JSON.parse(invalid.body)).toMatchObject({ code: "invalid_argument" });
  });

  it("shows a rename, a status change and a set secret on the next read (masked, never in clear)", async () => {
    const client = server.client(RunnerService);
    const { awsStagingUs: runnerId } = server.ids.runners;
    const get = () => sameBothWays("GetRunner", { runnerId }, auth(server.adminToken));
    const list = () => sameBothWays("ListRunners", { pagination: { pageSize: 100 } }, auth(server.adminToken));
    await get();
    await list();
    await client.updateRunner({ runnerId, name: "aws-staging-renamed", spec: { configuration: { metrics: { password: "s3cret-pw" } } } });
    runners.updateRunnerStatus(server.ctx.db, runnerId, (status) => {
      status.phase = RunnerPhase.DEGRADED;
    });
    const after = JSON.parse((await get()).body);
    expect(after.runner).toMatchObject({ name: "aws-staging-renamed", status: { phase: "RUNNER_PHASE_DEGRADED" } });
    expect(after.runner.spec.configuration.metrics.password).toBe("********");
    const listed = await list();
    expect(parsed(listed).runners?.map((r) => r.name)).toContain("aws-staging-renamed");
    expect(listed.body).not.toContain("s3cret-pw");
  });

  it("answers a freshly created runner (status with a phase only) as Connect does", async () => {
    const { runner } = await server.client(RunnerService).createRunner({
      name: "fresh-runner",
      provider: RunnerProvider.LINUX_HOST,
    });
    await sameBothWays("GetRunner", { runnerId: runner?.runnerId }, auth(server.adminToken));
    await sameBothWays("ListRunners", { pagination: { pageSize: 100 } }, auth(server.adminToken));
  });
});
