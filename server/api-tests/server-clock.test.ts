import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, TEST_NOW, type TestServer } from "../testing";

// The SPA measures relative times against the server's clock: console-config.json's `now` and the API's Date header.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("the server's clock for the SPA", () => {
  it("console-config.json says the server's time (CONSOLE_NOW runs on from its start)", async () => {
    const config: unknown = await (await fetch(`${server.url}/console-config.json`)).json();
    const now = typeof config === "object" && config !== null && "now" in config ? String(config.now) : "";
    expect(Date.parse(now) - TEST_NOW.getTime()).toBeGreaterThanOrEqual(0);
    expect(Date.parse(now) - TEST_NOW.getTime()).toBeLessThan(60_000);
  });

  it("API responses carry the console's clock in the Date header, not the machine's", async () => {
    const response = await fetch(`${server.baseUrl}/gitpod.v1.RunnerService/ListRunners`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` },
      body: "{}",
    });
    const date = Date.parse(response.headers.get("date") ?? "");
    expect(Math.abs(date - TEST_NOW.getTime())).toBeLessThan(60_000);
  });
});
