import type { FastifyInstance } from "fastify";

export interface GracefulShutdownOptions {
  /** Runs after the server has stopped and every in-flight request has finished (closes the store). */
  closeResources: () => unknown;
  /** Give up on stuck requests after this long and exit non-zero. */
  timeoutMs?: number;
  signals?: readonly NodeJS.Signals[];
}

/**
 * On SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish (fastify's close
 * waits for them and closes idle keep-alive sockets), close the store, exit 0.
 */
export function installGracefulShutdown(app: FastifyInstance, options: GracefulShutdownOptions): void {
  const { closeResources, timeoutMs = 10_000, signals = ["SIGTERM", "SIGINT"] } = options;
  let shuttingDown = false;
  const shutDown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.info(`${signal}: finishing in-flight requests, then exiting`);
    setTimeout(() => {
      console.error(`requests still running after ${timeoutMs} ms; exiting anyway`);
      process.exit(1);
    }, timeoutMs).unref();
    try {
      await app.close();
      await closeResources();
      process.exit(0);
    } catch (error) {
      console.error("shutdown failed", error);
      process.exit(1);
    }
  };
  for (const signal of signals) process.on(signal, (received) => void shutDown(received));
}
