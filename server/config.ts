import path from "node:path";

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
  /** Proxy mode: SESSION_SECRET seals sessions into cookies; SESSION_SECRET_PREVIOUS still opens older ones. */
  sessionSecret: string | undefined;
  sessionSecretPrevious: string | undefined;
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
    sessionSecret: env.SESSION_SECRET || undefined,
    sessionSecretPrevious: env.SESSION_SECRET_PREVIOUS || undefined,
  };
}
