// TRUST_PROXY: which X-Forwarded-* headers the console believes (client address, https) and from whom.
import { describe, expect, it } from "vitest";
import { configFromEnv } from "../config";
import { startTestServer } from "../testing";
import { connectJson, rawRequest } from "./raw-request";
import { parseTrustProxy } from "./trust-proxy";

describe("TRUST_PROXY setting", () => {
  it("is off by default and takes addresses, CIDRs and proxy-addr's range names; refuses a hop count, * or a name", () => {
    expect(configFromEnv({}).trustProxy).toEqual([]);
    expect(configFromEnv({ TRUST_PROXY: "10.0.0.5,10.0.0.6" }).trustProxy).toEqual(["10.0.0.5", "10.0.0.6"]);
    expect(parseTrustProxy("")).toEqual([]);
    expect(parseTrustProxy("127.0.0.1, 10.0.0.0/8 ::1 fd00::/8,Loopback")).toEqual(["127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8", "loopback"]);
    for (const wrong of ["1", "true", "*", "10.0.0.0/33", "proxy.internal", "10.0.0.1/8/2"]) {
      expect(() => configFromEnv({ TRUST_PROXY: wrong })).toThrow(/TRUST_PROXY lists the reverse proxies' addresses/);
    }
  });
});

describe("X-Forwarded-Proto in OAuth callback URLs (no PUBLIC_URL)", () => {
  async function callbackUrls(trustProxy: string[], from: string) {
    const server = await startTestServer({ config: { trustProxy } });
    try {
      const answer = await rawRequest(`${server.baseUrl}/gitpod.v1.RunnerConfigurationService/GetRunnerConfigurationSchema`, {
        from,
        headers: connectJson({ authorization: `Bearer ${server.adminToken}`, "x-forwarded-proto": "https", host: "localhost:8206" }),
        body: JSON.stringify({ runnerId: server.ids.runners.awsProdEu }),
      });
      expect(answer.status).toBe(200);
      return [...new Set(answer.body.match(/https?:\/\/localhost:8206\//g))];
    } finally {
      await server.close();
    }
  }

  it("ignores a client's X-Forwarded-Proto", async () => {
    expect(await callbackUrls([], "127.0.0.1")).toEqual(["http://localhost:8206/"]);
  });

  it("believes it from a proxy listed in TRUST_PROXY, and only from there", async () => {
    expect(await callbackUrls(["127.0.0.1"], "127.0.0.1")).toEqual(["https://localhost:8206/"]);
    expect(await callbackUrls(["127.0.0.1"], "127.0.0.2")).toEqual(["http://localhost:8206/"]);
  });
});
