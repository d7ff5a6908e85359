// The fake runner's loop: exchange the one-time token for an access token (IdentityService.ExchangeToken), then send
// heartbeats until the signal aborts or the console deletes the runner. Tokens are never printed.
import { createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { IdentityService } from "../../src/gen/gitpod/v1/identity_pb";
import { HEARTBEAT_PATH, type HeartbeatBody, type HeartbeatReply } from "./heartbeat-protocol";

export interface FakeRunnerOptions {
  /** The console's origin, e.g. http://127.0.0.1:8080. */
  url: string;
  exchangeToken: string;
  intervalMs: number;
  signal: AbortSignal;
  log: (line: string) => void;
  /** Stop after this many heartbeats (tests); runs until aborted otherwise. */
  maxHeartbeats?: number;
}

const CAPABILITIES = [
  "RUNNER_CAPABILITY_FETCH_LOCAL_SCM_INTEGRATIONS",
  "RUNNER_CAPABILITY_LIST_SCM_ORGANIZATIONS",
  "RUNNER_CAPABILITY_CHECK_REPOSITORY_ACCESS",
];

export async function runFakeRunner(options: FakeRunnerOptions): Promise<number> {
  const origin = options.url.replace(/\/$/, "");
  const apiPrefix = await fetchApiPrefix(origin, options.signal);
  const identity = createClient(IdentityService, createConnectTransport({ baseUrl: `${origin}${apiPrefix}`, httpVersion: "1.1" }));
  const { accessToken } = await identity.exchangeToken({ exchangeToken: options.exchangeToken }, { signal: options.signal });
  options.log(`exchanged the token at ${origin}${apiPrefix}; sending a heartbeat every ${options.intervalMs / 1000}s (Ctrl-C stops)`);
  let sent = 0;
  let latencyMs = 0;
  while (!options.signal.aborted && (options.maxHeartbeats === undefined || sent < options.maxHeartbeats)) {
    const started = performance.now();
    const reply = await sendHeartbeat(`${origin}${apiPrefix}${HEARTBEAT_PATH}`, accessToken, heartbeatBody(origin, latencyMs), options.signal);
    latencyMs = Math.round(performance.now() - started);
    sent += 1;
    if (reply.phase === "RUNNER_PHASE_DELETED") {
      options.log(`heartbeat ${sent}: the console deleted this runner; shutting down`);
      break;
    }
    options.log(`heartbeat ${sent}: runner ${reply.phase.replace("RUNNER_PHASE_", "")} at ${reply.updatedAt} (gateway latency ${latencyMs} ms)`);
    if (options.maxHeartbeats !== undefined && sent >= options.maxHeartbeats) break;
    await sleep(options.intervalMs, options.signal);
  }
  return sent;
}

function heartbeatBody(origin: string, latencyMs: number): HeartbeatBody {
  return {
    version: "2025.06.3",
    region: "local",
    capabilities: CAPABILITIES,
    gateway: { name: "local-gateway", url: origin, region: "local" },
    latencyMs,
    systemDetails: `fake-runner on ${process.platform}/${process.arch}, node ${process.version}`,
    logUrl: `${origin}/logs/fake-runner`,
  };
}

async function fetchApiPrefix(origin: string, signal: AbortSignal): Promise<string> {
  const response = await fetch(`${origin}/console-config.json`, { signal });
  if (!response.ok) throw new Error(`${origin}/console-config.json answered ${response.status}`);
  const config: unknown = await response.json();
  const prefix = typeof config === "object" && config !== null && "apiPrefix" in config ? config.apiPrefix : undefined;
  return typeof prefix === "string" ? prefix : "/api";
}

async function sendHeartbeat(url: string, accessToken: string, body: HeartbeatBody, signal: AbortSignal): Promise<HeartbeatReply> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${accessToken}` },
    body: JSON.stringify(body),
    signal,
  });
  if (!response.ok) throw new Error(`heartbeat rejected: HTTP ${response.status}`);
  const reply: unknown = await response.json();
  const phase = typeof reply === "object" && reply !== null && "phase" in reply ? String(reply.phase) : "";
  const updatedAt = typeof reply === "object" && reply !== null && "updatedAt" in reply ? String(reply.updatedAt) : "";
  return { phase, updatedAt };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/** "2s", "500ms", "1.5s" or a plain number of seconds. */
export function parseInterval(value: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(value.trim());
  if (!match) throw new Error(`--interval takes a duration such as 2s or 500ms, not "${value}"`);
  const amount = Number(match[1]);
  const ms = match[2] === "ms" ? amount : amount * 1000;
  if (ms < 100) throw new Error("--interval must be at least 100ms");
  return ms;
}
