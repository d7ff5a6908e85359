// A full disk, injected the way SQLite itself reports one: `PRAGMA max_page_count` caps the database at its current
// size, so the next write that needs a page fails with SQLITE_FULL — as on a disk with no room left.
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { expectCode } from "../api-tests/expect-code";
import { STORAGE_FULL_LOG_LINE, STORAGE_FULL_MESSAGE } from "../errors";
import { codeOf, startTestServer, type TestServer } from "../testing";
import { captureLog } from "./log-capture";

let server: TestServer;
const log = captureLog();
beforeAll(async () => {
  server = await startTestServer({ config: { logLevel: "info" }, app: { logStream: log.stream } });
});
afterAll(() => server.close());

/** Caps the database at its current size; returns how to lift the cap again ("space returns"). */
function capDatabase(): () => void {
  const db = server.ctx.db;
  const before = Number(db.pragma("max_page_count", { simple: true }));
  db.pragma(`max_page_count = ${Number(db.pragma("page_count", { simple: true }))}`);
  return () => db.pragma(`max_page_count = ${before}`);
}

async function health(): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}/healthz`);
  return { status: response.status, body: await response.json() };
}

describe("a full disk", () => {
  it("answers writes with resource_exhausted, /healthz says the store cannot write, and both recover", async () => {
    const runners = server.client(RunnerService);
    const create = (name: string) => runners.createRunner({ name, provider: RunnerProvider.LINUX_HOST });
    expect(await health()).toEqual({ status: 200, body: { ok: true, store: { writable: true } } });

    const freeSpace = capDatabase();
    try {
      // Writes go on while the pages have room; the first one that needs a new page meets the full disk.
      let filled = 0;
      while (filled < 500 && (await codeOf(create(`filler-${filled}`))) === undefined) filled += 1;
      expect(filled).toBeLessThan(500);
      const error = await expectCode(create("disk-full-runner"), Code.ResourceExhausted);
      expect(error.rawMessage).toBe(STORAGE_FULL_MESSAGE);
      expect(await health()).toEqual({ status: 503, body: { ok: false, store: { writable: false, problem: "disk full" } } });
      // Reads keep working; sign-in (a plain route that writes a session) says the same as the API once its pages are full.
      expect((await runners.listRunners({})).runners.length).toBeGreaterThan(0);
      const signIn = () =>
        fetch(`${server.baseUrl}/auth/session`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: server.url },
          body: JSON.stringify({ token: server.adminToken }),
        });
      let signedIn = await signIn();
      for (let i = 0; i < 500 && signedIn.status === 204; i += 1) signedIn = await signIn();
      const refused = signedIn;
      expect(refused.status).toBe(429);
      expect(await refused.json()).toEqual({ code: "resource_exhausted", message: STORAGE_FULL_MESSAGE });
      const errors = log.lines().filter((line) => line.level === 50);
      expect(errors).toContainEqual(expect.objectContaining({ msg: STORAGE_FULL_LOG_LINE, rpc: "gitpod.v1.RunnerService/CreateRunner" }));
      expect(errors).toContainEqual(expect.objectContaining({ msg: "health check: the store cannot take writes" }));
    } finally {
      freeSpace();
    }

    expect(await health()).toEqual({ status: 200, body: { ok: true, store: { writable: true } } });
    const { runner } = await create("disk-has-room-again");
    expect(runner?.name).toBe("disk-has-room-again");
    const names = (await runners.listRunners({ pagination: { pageSize: 100 } })).runners.map((r) => r.name);
    expect(names).toContain("disk-has-room-again");
    expect(names).not.toContain("disk-full-runner");
  });
});
