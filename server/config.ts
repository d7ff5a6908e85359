import path from "node:path";
import { parseTrustProxy } from "./http/trust-proxy";

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  apiPrefix: string;
  adminToken: string | undefined;
  memberToken: string | undefined;
  /** Fixed clock for tests and demos (CONSOLE_NOW); undefined means the real clock. */
  now: Date | undefined;
  gitpodApiUrl: string | undefined;
  frameAncestors: string[];
  embedAllowedOrigins: string[];
  staticDir: string;
  /** Where browsers reach this server (PUBLIC_URL, e.g. https://console.example.com); else taken from each request. */
  publicUrl: string | undefined;
  /** ALLOWED_HOSTS: host names (optionally :port, or *) answered besides loopback names and PUBLIC_URL's host. */
  allowedHosts: string[];
  /** Proxy mode: SESSION_SECRET seals sessions into cookies; SESSION_SECRET_PREVIOUS still opens older ones. */
  sessionSecret: string | undefined;
  sessionSecretPrevious: string | undefined;
  /** LOG_LEVEL: request and error log on stdout (pino levels; "silent" turns it off). */
  logLevel: string;
  /** A client must finish sending a request's headers within this time (HEADERS_TIMEOUT_MS). */
  headersTimeoutMs: number;
  /** …and the whole request, body included, within this time (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** Open connections one client address may hold (MAX_CONNECTIONS_PER_CLIENT; 0 = no cap, e.g. behind a proxy). */
  maxConnectionsPerClient: number;
  /** Days the activity log keeps a record (ACTIVITY_RETENTION_DAYS). */
  activityRetentionDays: number;
  /**
   * TRUST_PROXY: addresses/CIDRs of reverse proxies whose X-Forwarded-For (client address for limits and logs) and
   * X-Forwarded-Proto are believed. Empty (the default): those headers are ignored.
   */
  trustProxy: string[];
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function logLevel(value: string | undefined): string {
  const level = (value || "info").toLowerCase();
  if (!LOG_LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got ${value})`);
  return level;
}

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) throw new Error(`${name} must be a whole number ≥ 0 (got ${value})`);
  return number;
}

function list(value: string | undefined): string[] {
  return (value ?? "").split(/[\s,]+/).filter(Boolean);
}

/** Reads the settings documented in README.md from the environment. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const prefix = env.API_PREFIX ?? "/api";
  const now = env.CONSOLE_NOW ? new Date(env.CONSOLE_NOW) : undefined;
  if (now && Number.isNaN(now.getTime())) throw new Error(`CONSOLE_NOW is not a date: ${env.CONSOLE_NOW}`);
  return {
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? "127.0.0.1",
    dataDir: path.resolve(env.DATA_DIR ?? "./data"),
    apiPrefix: prefix === "/" ? "" : prefix.replace(/\/$/, ""),
    adminToken: env.CONSOLE_ADMIN_TOKEN || undefined,
    memberToken: env.CONSOLE_MEMBER_TOKEN || undefined,
    now,
    gitpodApiUrl: env.GITPOD_API_URL || undefined,
    frameAncestors: list(env.FRAME_ANCESTORS),
    embedAllowedOrigins: list(env.EMBED_ALLOWED_ORIGINS),
    staticDir: path.resolve(env.STATIC_DIR ?? "dist/app"),
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/$/, "") : undefined,
    allowedHosts: list(env.ALLOWED_HOSTS).map((host) => host.toLowerCase()),
    sessionSecret: env.SESSION_SECRET || undefined,
    sessionSecretPrevious: env.SESSION_SECRET_PREVIOUS || undefined,
    logLevel: logLevel(env.LOG_LEVEL),
    headersTimeoutMs: wholeNumber("HEADERS_TIMEOUT_MS", env.HEADERS_TIMEOUT_MS, 10_000),
    requestTimeoutMs: wholeNumber("REQUEST_TIMEOUT_MS", env.REQUEST_TIMEOUT_MS, 60_000),
    maxConnectionsPerClient: wholeNumber("MAX_CONNECTIONS_PER_CLIENT", env.MAX_CONNECTIONS_PER_CLIENT, 128),
    activityRetentionDays: wholeNumber("ACTIVITY_RETENTION_DAYS", env.ACTIVITY_RETENTION_DAYS, 90),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}
