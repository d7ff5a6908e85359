// Starts the example setup: a fresh console server (its own origin) and the portal (another origin).
// Used by `npm run example:portal` and by the embedding tests.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import type http from "node:http";
import os from "node:os";
import path from "node:path";
import { startPortalServer } from "./server";

export interface PortalStackOptions {
  host?: string;
  consolePort: number;
  portalPort: number;
  /**
   * More portals on these ports: allowed to frame /embed (FRAME_ANCESTORS) but not in EMBED_ALLOWED_ORIGINS,
   * to show that the console ignores tokens posted from them.
   */
  foreignPortalPorts?: number[];
  /** Build the console (into its own dist/portal-console), the library and the portal first (default true). */
  build?: boolean;
  quiet?: boolean;
}

export interface PortalStack {
  consoleUrl: string;
  portalUrl: string;
  foreignPortalUrls: string[];
  /** The demo admin token the portal server holds (for tests that read back what the server stored). */
  adminToken: string;
  close: () => Promise<void>;
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

// Its own copy of the console build, so that a concurrent `vite build` into dist/app cannot pull files away.
const CONSOLE_STATIC_DIR = "dist/portal-console";

/** Builds what the example serves: the console SPA (with /embed.html), the library, the portal page. */
export function buildPortalStack() {
  run("npx", ["vite", "build", "--logLevel", "warn", "--outDir", CONSOLE_STATIC_DIR, "--emptyOutDir"]);
  run("npx", ["vite", "build", "-c", "vite.lib.config.ts", "--logLevel", "warn"]);
  run("npx", ["vite", "build", "-c", "examples/portal/vite.config.ts"]);
}

async function waitForHealth(url: string, child: ChildProcess) {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`the console server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not become healthy`);
}

export async function startPortalStack(options: PortalStackOptions): Promise<PortalStack> {
  const host = options.host ?? "127.0.0.1";
  if (options.build !== false) buildPortalStack();
  const consoleUrl = `http://${host}:${options.consolePort}`;
  const portalUrl = `http://${host}:${options.portalPort}`;
  const adminToken = `rc-portal-${crypto.randomBytes(16).toString("hex")}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rc-portal-"));
  const consoleServer = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    stdio: options.quiet ? "ignore" : "inherit",
    env: {
      ...process.env,
      PORT: String(options.consolePort),
      HOST: host,
      DATA_DIR: dataDir,
      STATIC_DIR: CONSOLE_STATIC_DIR,
      CONSOLE_ADMIN_TOKEN: adminToken,
      CONSOLE_MEMBER_TOKEN: `rc-portal-member-${crypto.randomBytes(16).toString("hex")}`,
      EMBED_ALLOWED_ORIGINS: portalUrl,
      FRAME_ANCESTORS: [portalUrl, ...(options.foreignPortalPorts ?? []).map((port) => `http://${host}:${port}`)].join(" "),
    },
  });
  let portal: http.Server | undefined;
  const foreign: http.Server[] = [];
  const close = async () => {
    for (const server of [portal, ...foreign]) await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (consoleServer.exitCode === null) {
      const exited = new Promise((resolve) => consoleServer.once("exit", resolve));
      consoleServer.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(consoleUrl, consoleServer);
    portal = await startPortalServer({ port: options.portalPort, host, distDir: "dist/portal", consoleUrl, apiPrefix: "/api", consoleToken: adminToken });
    for (const port of options.foreignPortalPorts ?? []) {
      foreign.push(await startPortalServer({ port, host, distDir: "dist/portal", consoleUrl, apiPrefix: "/api", consoleToken: adminToken }));
    }
  } catch (error) {
    await close();
    throw error;
  }
  const foreignPortalUrls = (options.foreignPortalPorts ?? []).map((port) => `http://${host}:${port}`);
  return { consoleUrl, portalUrl, foreignPortalUrls, adminToken, close };
}
