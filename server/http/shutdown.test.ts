import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer } from "../../scripts/crash/spawned-server";

const TOKEN = "shutdown-test-admin-token-0123456789";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "runner-console-shutdown-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Sends the headers and half the body now; the rest when `finish` is called. */
function slowRequest(url: string) {
  const body = Buffer.from(JSON.stringify({ pagination: { pageSize: 3 } }));
  const request = http.request(url, {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": body.length, authorization: `Bearer ${TOKEN}` },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on("response", (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    request.on("error", reject);
  });
  request.write(body.subarray(0, 10));
  return { response, finish: () => request.end(body.subarray(10)) };
}

describe("graceful shutdown", () => {
  it("on SIGTERM stops accepting, finishes the request in flight, closes the database and exits 0", async () => {
    const server = await spawnServer(dataDir, { CONSOLE_ADMIN_TOKEN: TOKEN });
    const inFlight = slowRequest(`${server.baseUrl}/gitpod.v1.RunnerService/ListRunners`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer.status).toBe(200);
    const listed: { runners: unknown[] } = JSON.parse(answer.body);
    expect(listed.runners).toHaveLength(3);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    // A cleanly closed SQLite database checkpoints and removes its write-ahead log.
    expect(fs.existsSync(path.join(dataDir, "console.db-wal"))).toBe(false);
  }, 120_000);
});
