// Slow clients are cut off (headers and request deadlines) and one address cannot hold more than its share of
// connections, while /healthz and real calls from others keep working. The slow clients come from 127.0.0.2
// (any 127.x address reaches a server on 127.0.0.1), the well-behaved ones from 127.0.0.1.
import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { configFromEnv } from "../config";
import { startTestServer, type TestServer } from "../testing";

const SLOW_CLIENT = "127.0.0.2";
const HEADERS_TIMEOUT_MS = 600;
const REQUEST_TIMEOUT_MS = 1500;
const MAX_PER_CLIENT = 4;

let server: TestServer;
let port: number;
beforeAll(async () => {
  server = await startTestServer({
    config: { headersTimeoutMs: HEADERS_TIMEOUT_MS, requestTimeoutMs: REQUEST_TIMEOUT_MS, maxConnectionsPerClient: MAX_PER_CLIENT },
  });
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());

interface SlowSocket {
  /** Resolves when the server closes the connection, with what it answered and after how long. */
  closed: Promise<{ answer: string; afterMs: number }>;
  socket: net.Socket;
}

/** A client that sends `start` and then one more byte every 100 ms, never finishing its request. */
function slowClient(start: string): Promise<SlowSocket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port, localAddress: SLOW_CLIENT });
    const began = Date.now();
    let answer = "";
    let drip: NodeJS.Timeout | undefined;
    socket.on("data", (chunk) => {
      answer += chunk.toString();
    });
    socket.on("error", () => undefined);
    const closed = new Promise<{ answer: string; afterMs: number }>((done) =>
      socket.on("close", () => {
        clearInterval(drip);
        done({ answer, afterMs: Date.now() - began });
      }),
    );
    socket.once("connect", () => {
      socket.write(start);
      drip = setInterval(() => socket.writable && socket.write("a"), 100);
      resolve({ closed, socket });
    });
    socket.once("error", reject);
  });
}

function healthzFrom(localAddress: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/healthz", localAddress, agent: false }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on("error", reject);
  });
}

describe("bounded connections", () => {
  it("has defaults a browser never reaches, each configurable", () => {
    expect(configFromEnv({})).toMatchObject({ headersTimeoutMs: 10_000, requestTimeoutMs: 60_000, maxConnectionsPerClient: 128 });
    expect(configFromEnv({ HEADERS_TIMEOUT_MS: "2000", REQUEST_TIMEOUT_MS: "0", MAX_CONNECTIONS_PER_CLIENT: "0" })).toMatchObject({
      headersTimeoutMs: 2000,
      requestTimeoutMs: 0,
      maxConnectionsPerClient: 0,
    });
    expect(() => configFromEnv({ MAX_CONNECTIONS_PER_CLIENT: "many" })).toThrow(/MAX_CONNECTIONS_PER_CLIENT/);
  });

  it("cuts off slow clients and refuses extra connections from one address; others keep being served", async () => {
    const slowHeaders = await Promise.all(
      Array.from({ length: MAX_PER_CLIENT - 1 }, () => slowClient("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")),
    );
    const slowBody = await slowClient(
      "POST /api/gitpod.v1.RunnerService/ListRunners HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{",
    );

    // The address already holds its share: one more connection is answered 429 and closed at once.
    const extra = await slowClient("GET /healthz HTTP/1.1\r\n");
    const refused = await extra.closed;
    expect(refused.answer).toMatch(/^HTTP\/1\.1 429 /);
    expect(refused.answer).toContain('"code":"resource_exhausted"');
    expect(refused.afterMs).toBeLessThan(HEADERS_TIMEOUT_MS);

    // Meanwhile everyone else is served.
    expect(await healthzFrom("127.0.0.1")).toBe(200);
    expect((await server.client(RunnerService).listRunners({})).runners.length).toBeGreaterThan(0);

    for (const slow of slowHeaders) {
      const { answer, afterMs } = await slow.closed;
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(afterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 50);
      expect(afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 1500);
    }
    const body = await slowBody.closed;
    expect(body.answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(body.afterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50);
    expect(body.afterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 1500);

    // Once cut off, the address's connections are free again.
    expect(await healthzFrom(SLOW_CLIENT)).toBe(200);
  }, 20_000);
});
