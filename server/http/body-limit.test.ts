// A body over the limit must always come back as a 413 the client can read, never as a reset connection: also
// for a client that writes its whole body before it reads anything (a reset used to destroy the 413 there).
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../testing";
import { startHardenedTestServer } from "./hardening-test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startHardenedTestServer();
});
// Shutting down gracefully is not what this file tests (shutdown.test.ts does): a socket a client left half open
// after a refused body would otherwise hold close() until the hook times out, as it once did under load in CI.
afterAll(async () => {
  server.app.server.closeAllConnections();
  await server.close();
});

const MiB = 1024 * 1024;

/** Writes the request head and the whole body, then reads: resolves with the status line and Connect code. */
function postWholeBodyThenRead(bytes: number): Promise<string> {
  const url = new URL(`${server.baseUrl}/gitpod.v1.RunnerService/CreateRunner`);
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname);
    socket.pause(); // reads nothing until the whole body is written
    let answer = "";
    socket.on("error", (error) => resolve(`socket error: ${error.message}`));
    socket.on("data", (chunk: Buffer) => {
      answer += chunk.toString("latin1");
      const [head = "", body = ""] = answer.split("\r\n\r\n");
      const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? NaN);
      if (body.length >= length) {
        socket.destroy();
        resolve(`${head.split("\r\n")[0]} ${String((JSON.parse(body) as { code?: unknown }).code)}`);
      }
    });
    socket.write(
      `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\n` +
        `Authorization: Bearer ${server.adminToken}\r\nContent-Length: ${bytes}\r\n\r\n`,
    );
    socket.write(Buffer.alloc(bytes, 0x20), (error) => {
      if (!error) socket.resume();
    });
  });
}

describe("oversize bodies", () => {
  it.each([2 * MiB, 50 * MiB])("answer %i bytes with 413 resource_exhausted, 20 times in 20", async (bytes) => {
    const results: string[] = [];
    for (let attempt = 0; attempt < 20; attempt++) results.push(await postWholeBodyThenRead(bytes));
    expect(results).toEqual(Array<string>(20).fill("HTTP/1.1 413 Payload Too Large resource_exhausted"));
  }, 180_000);

  it("answers fetch too, and keeps serving afterwards", async () => {
    const response = await fetch(`${server.baseUrl}/gitpod.v1.RunnerService/CreateRunner`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` },
      body: Buffer.alloc(2 * MiB, 0x20),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "resource_exhausted" });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
