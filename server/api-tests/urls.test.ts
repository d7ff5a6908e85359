// URLs that the console renders as links (metrics URL from the runner form, a runner's gateway and log URLs from
// its heartbeat) are http(s) only, checked on the server.
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IdentityService } from "../../src/gen/gitpod/v1/identity_pb";
import { RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { HEARTBEAT_PATH, type HeartbeatBody } from "../fake-runner/heartbeat-protocol";
import { startTestServer, type TestServer } from "../testing";
import { expectCode } from "./expect-code";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const BAD_URLS = ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "//example.com/x", "not a url"];

describe("metrics URL", () => {
  it.each(BAD_URLS)("refuses %s on create and update with invalid_argument", async (url) => {
    const client = server.client(RunnerService);
    await expectCode(
      client.createRunner({ name: "bad-metrics", provider: RunnerProvider.LINUX_HOST, spec: { configuration: { metrics: { url } } } }),
      Code.InvalidArgument,
    );
    const runnerId = server.ids.runners.awsProdEu;
    const before = (await client.getRunner({ runnerId })).runner?.spec?.configuration?.metrics?.url;
    const error = await expectCode(
      client.updateRunner({ runnerId, spec: { configuration: { metrics: { url } } } }),
      Code.InvalidArgument,
    );
    expect(error.rawMessage).toContain("http:// or https://");
    expect((await client.getRunner({ runnerId })).runner?.spec?.configuration?.metrics?.url).toBe(before);
  });

  it("keeps an https URL", async () => {
    const client = server.client(RunnerService);
    const runnerId = server.ids.runners.awsProdEu;
    await client.updateRunner({ runnerId, spec: { configuration: { metrics: { url: "https://metrics.example.com/write" } } } });
    expect((await client.getRunner({ runnerId })).runner?.spec?.configuration?.metrics?.url).toBe("https://metrics.example.com/write");
  });
});

describe("heartbeat URLs", () => {
  let accessToken = "";
  let runnerId = "";
  beforeAll(async () => {
    const created = await server.client(RunnerService).createRunner({ name: "heartbeat-urls", provider: RunnerProvider.LINUX_HOST });
    runnerId = created.runner?.runnerId ?? "";
    const exchanged = await server.client(IdentityService, "").exchangeToken({ exchangeToken: created.exchangeToken });
    accessToken = exchanged.accessToken;
  });

  const heartbeat = (change: Partial<HeartbeatBody>) =>
    fetch(`${server.baseUrl}${HEARTBEAT_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ gateway: { name: "gw", url: "https://gw.example.com" }, logUrl: "https://logs.example.com/1", ...change }),
    });

  it.each(BAD_URLS)("refuses %s as logUrl or gateway.url with a message naming the field", async (url) => {
    const badLog = await heartbeat({ logUrl: url });
    expect(badLog.status).toBe(400);
    expect(await badLog.json()).toEqual({ code: "invalid_argument", message: "the heartbeat's logUrl must be an http:// or https:// URL" });
    const badGateway = await heartbeat({ gateway: { name: "gw", url, region: "" } });
    expect(badGateway.status).toBe(400);
    expect(await badGateway.json()).toMatchObject({ code: "invalid_argument", message: expect.stringContaining("gateway.url") });
    const { runner } = await server.client(RunnerService).getRunner({ runnerId });
    expect(runner?.status?.logUrl).not.toBe(url);
  });

  it("stores http(s) URLs", async () => {
    expect((await heartbeat({})).status).toBe(200);
    const { runner } = await server.client(RunnerService).getRunner({ runnerId });
    expect(runner?.status?.logUrl).toBe("https://logs.example.com/1");
    expect(runner?.status?.gatewayInfo?.gateway?.url).toBe("https://gw.example.com");
  });
});
