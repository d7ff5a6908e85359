// The order of a start: bind the port, then DATA_DIR (created 0700, permissions checked, locked), then the
// database (sound, writable, migrated), then serve. Each failure is a StartupError with one line for the operator.
import type http from "node:http";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../app";
import { createServerContext } from "../bootstrap";
import { configFromEnv } from "../config";
import { hardeningPlugin } from "../http/hardening";
import { installGracefulShutdown } from "../http/shutdown";
import { ensureDataDir, lockDataDir, loosePermissionWarnings } from "./data-dir";
import { listenEarly } from "./early-listen";
import { StartupError } from "./startup-error";

export async function startConsole(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = configFromEnv(env);
  if (config.gitpodApiUrl && !env.DATA_DIR) {
    throw new StartupError(
      "proxy mode (GITPOD_API_URL) keeps its activity log in SQLite under DATA_DIR: set DATA_DIR to a directory this process may write (one per replica)",
    );
  }
  const early = await listenEarly(config.port, config.host);
  ensureDataDir(config.dataDir);
  for (const warning of loosePermissionWarnings(config.dataDir)) console.warn(warning);
  const lock = lockDataDir(config.dataDir);
  const { ctx, credentialsFile } = createServerContext(config);
  const app = await buildApp(ctx, { plugins: [hardeningPlugin(config)], serverFactory: early.serverFactory });
  applyTimeouts(early.server, app);
  await app.ready();
  early.serve();
  installGracefulShutdown(app, {
    closeResources: async () => {
      await new Promise<void>((resolve) => early.server.close(() => resolve()));
      ctx.db.close();
      lock.release();
    },
  });
  // Printed last: whoever waits for this line may stop the console right away.
  const where = config.gitpodApiUrl
    ? `proxy to ${config.gitpodApiUrl}, activity log in ${config.dataDir}`
    : `data in ${config.dataDir}`;
  console.info(`Runner Console on http://${config.host}:${config.port}/ (${where})`);
  if (credentialsFile) console.info(`Demo sign-in tokens: ${credentialsFile}`);
}

/**
 * The timeouts fastify sets on a server it creates itself (it leaves a factory's server alone); 0 means "none"
 * in fastify's options, so Node's own defaults stay then.
 */
function applyTimeouts(server: http.Server, app: FastifyInstance): void {
  const options: Record<string, unknown> = { ...app.initialConfig };
  const positive = (name: string) => (typeof options[name] === "number" && options[name] > 0 ? options[name] : undefined);
  const requestTimeout = positive("requestTimeout");
  const keepAliveTimeout = positive("keepAliveTimeout");
  const connectionTimeout = positive("connectionTimeout");
  if (requestTimeout !== undefined) server.requestTimeout = requestTimeout;
  if (keepAliveTimeout !== undefined) server.keepAliveTimeout = keepAliveTimeout;
  if (connectionTimeout !== undefined) server.setTimeout(connectionTimeout);
}
