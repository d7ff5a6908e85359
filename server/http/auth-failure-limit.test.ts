// Issue 16 item 4: every failed authentication counts toward a per-client limit; TRUST_PROXY decides what "client" is.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerConfig } from "../config";
import { startProxyPair, type ProxyPair } from "../proxy/proxy-test-servers";
import { startTestServer, type TestServer } from "../testing";
import { AuthFailureLimiter } from "./auth-failure-limit";
import { hardeningPlugin, type HardeningOptions } from "./hardening";
import { DEFAULT_AUTH_FAILURE_LIMIT } from "./limits";
import { captureLog, type LogCapture } from "./log-capture";
import { connectJson, rawRequest, type RawAnswer } from "./raw-request";

const BUDGET = 6;

async function startLimited(config: Partial<ServerConfig> = {}, log?: LogCapture): Promise<TestServer> {
  const hardening: HardeningOptions = {
    apiPrefix: "/api",
    frameAncestors: [],
    embedAllowedOrigins: [],
    authFailureLimit: { capacity: BUDGET, refillPerSecond: 0.001 },
  };
  return startTestServer({
    config: { ...config, ...(log ? { logLevel: "info" } : {}) },
    app: { plugins: [hardeningPlugin(hardening)], ...(log ? { logStream: log.stream } : {}) },
  });
}

/** The caller's identity RPC: 200 with a right token, 401 with a wrong one. */
function whoAmI(server: TestServer, token: string, from: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return rawRequest(`${server.baseUrl}/gitpod.v1.IdentityService/GetAuthenticatedIdentity`, {
    from,
    headers: connectJson({ authorization: `Bearer ${token}`, ...headers }),
    body: "{}",
  });
}

async function failTimes(server: TestServer, from: string, times: number, headers: (attempt: number) => Record<string, string> = () => ({})) {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < times; attempt++) {
    statuses.push((await whoAmI(server, `wrong-token-${attempt}`, from, headers(attempt))).status);
  }
  return statuses;
}

describe("failed authentications, per client (no TRUST_PROXY)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startLimited();
  });
  afterAll(() => server.close());

  it("counts every kind of failure, then answers 429 resource_exhausted with Retry-After; another client is not limited", async () => {
    const from = "127.0.0.3";
    const failures: Array<[string, RawAnswer]> = [
      ["bad Bearer on an RPC", await whoAmI(server, "wrong-token", from)],
      [
        "bad Bearer on the runner heartbeat",
        await rawRequest(`${server.baseUrl}/local/runner-heartbeat`, {
          from,
          headers: { "content-type": "application/json", authorization: "Bearer not-a-runner-token" },
          body: "{}",
        }),
      ],
      [
        "forged session cookie on an RPC",
        await rawRequest(`${server.baseUrl}/gitpod.v1.RunnerService/ListRunners`, {
          from,
          headers: connectJson({ cookie: "rc_session=forged-session-id" }),
          body: "{}",
        }),
      ],
      ["forged session cookie on /auth/session", await rawRequest(`${server.baseUrl}/auth/session`, { from, headers: { cookie: "rc_session=forged" } })],
      [
        "failed sign-in",
        await rawRequest(`${server.baseUrl}/auth/session`, {
          from,
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ token: "wrong" }),
        }),
      ],
      [
        "bad exchange token",
        await rawRequest(`${server.baseUrl}/gitpod.v1.IdentityService/ExchangeToken`, {
          from,
          headers: connectJson(),
          body: JSON.stringify({ exchangeToken: "not-an-exchange-token" }),
        }),
      ],
    ];
    expect(failures.map(([what, answer]) => [what, answer.status])).toEqual(failures.map(([what]) => [what, 401]));

    const limited = await whoAmI(server, "wrong-token-again", from);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(JSON.parse(limited.body)).toEqual({
      code: "resource_exhausted",
      message: `too many failed sign-ins or invalid credentials from your address; retry in ${limited.headers["retry-after"]} s`,
    });
    // The right token waits too (else guessing would go on); anonymous requests do not.
    expect((await whoAmI(server, server.adminToken, from)).status).toBe(429);
    expect((await rawRequest(`${server.url}/healthz`, { from })).status).toBe(200);

    const other = "127.0.0.4";
    expect((await whoAmI(server, server.adminToken, other)).status).toBe(200);
    expect((await whoAmI(server, "wrong-token", other)).status).toBe(401);
  });

  it("never counts successes", async () => {
    const from = "127.0.0.5";
    for (let call = 0; call < 3 * BUDGET; call++) expect((await whoAmI(server, server.adminToken, from)).status).toBe(200);
    expect(await failTimes(server, from, BUDGET - 1)).toEqual(Array(BUDGET - 1).fill(401));
    expect((await whoAmI(server, server.adminToken, from)).status).toBe(200);
    expect(await failTimes(server, from, 2)).toEqual([401, 429]);
  });

  it("ignores X-Forwarded-For: a forged one per request does not escape the limit", async () => {
    const from = "127.0.0.7";
    const statuses = await failTimes(server, from, BUDGET + 2, (attempt) => ({ "x-forwarded-for": `198.51.100.${attempt + 1}` }));
    expect(statuses).toEqual([...Array(BUDGET).fill(401), 429, 429]);
    expect((await whoAmI(server, server.adminToken, from, { "x-forwarded-for": "198.51.100.200" })).status).toBe(429);
  });
});

describe("failed authentications behind a reverse proxy (TRUST_PROXY=127.0.0.1)", () => {
  let server: TestServer;
  const log = captureLog();
  beforeAll(async () => {
    server = await startLimited({ trustProxy: ["127.0.0.1"] }, log);
  });
  afterAll(() => server.close());

  it("gives each forwarded client its own bucket and logs the forwarded address", async () => {
    const proxy = "127.0.0.1";
    const first = { "x-forwarded-for": "203.0.113.7" };
    const second = { "x-forwarded-for": "203.0.113.8" };
    expect(await failTimes(server, proxy, BUDGET + 1, () => first)).toEqual([...Array(BUDGET).fill(401), 429]);
    expect((await whoAmI(server, server.adminToken, proxy, first)).status).toBe(429);
    expect((await whoAmI(server, server.adminToken, proxy, second)).status).toBe(200);
    expect((await whoAmI(server, "wrong-token", proxy, second)).status).toBe(401);
    // The proxy appends the address it saw; the rightmost untrusted entry is the client, not what the client wrote.
    expect((await whoAmI(server, server.adminToken, proxy, { "x-forwarded-for": "203.0.113.8, 203.0.113.7" })).status).toBe(429);

    const lines = log.lines().filter((line) => line.msg === "request");
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ status: 429, client: "203.0.113.7" }),
        expect.objectContaining({ status: 200, client: "203.0.113.8" }),
      ]),
    );
  });

  it("believes X-Forwarded-For only from the listed proxy: another peer is keyed by its own address", async () => {
    const direct = "127.0.0.8";
    const statuses = await failTimes(server, direct, BUDGET + 1, (attempt) => ({ "x-forwarded-for": `198.51.100.${attempt + 1}` }));
    expect(statuses).toEqual([...Array(BUDGET).fill(401), 429]);
    const lines = log.lines().filter((line) => line.msg === "request" && line.client === direct);
    expect(lines).toHaveLength(BUDGET + 1);
  });
});

describe("failed authentications in proxy mode", () => {
  let pair: ProxyPair;
  beforeAll(async () => {
    pair = await startProxyPair();
  });
  afterAll(() => pair.close());

  it("counts upstream's 401s, and once a client has failed, a parallel burst of guesses cannot overshoot the budget", async () => {
    const from = "127.0.0.9";
    const budget = DEFAULT_AUTH_FAILURE_LIMIT.capacity;
    const signIn = await rawRequest(`${pair.proxy.baseUrl}/auth/session`, {
      from,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: "not-a-gitpod-pat" }),
    });
    expect(signIn.status).toBe(401);
    // Each guess waits for upstream, so all of them are in flight at once: each holds one of what is left.
    const burst = await Promise.all(Array.from({ length: budget + 10 }, (_, n) => whoAmI(pair.proxy, `parallel-guess-${n}`, from)));
    const statuses = burst.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(budget - 1);
    expect(statuses.filter((status) => status === 429)).toHaveLength(11);
    expect((await whoAmI(pair.proxy, pair.upstream.adminToken, from)).status).toBe(429);
    expect((await whoAmI(pair.proxy, pair.upstream.adminToken, "127.0.0.10")).status).toBe(200);
  });
});

describe("AuthFailureLimiter", () => {
  it("refills one failure per 1/refill seconds and forgets a client whose bucket is full again", () => {
    let now = 0;
    const limiter = new AuthFailureLimiter({ capacity: 2, refillPerSecond: 0.5 }, () => now);
    const fail = () => {
      const admission = limiter.admit("client");
      if (admission.allowed) admission.settle(true);
      return admission.allowed;
    };
    expect([fail(), fail(), fail()]).toEqual([true, true, false]);
    expect(limiter.admit("client")).toEqual({ allowed: false, retryAfterSeconds: 2 });
    now = 2_000;
    expect(fail()).toBe(true);
    expect(limiter.admit("client")).toMatchObject({ allowed: false });
    now = 10_000;
    const clean = limiter.admit("client");
    expect(clean.allowed).toBe(true);
  });
});
