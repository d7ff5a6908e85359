import type { ServerConfig } from "./config";
import type { Db } from "./store/db";

/** What every service and route needs; built once by createServerContext (server/bootstrap.ts). */
export interface ServerContext {
  config: ServerConfig;
  db: Db;
  /** The console's clock: CONSOLE_NOW when set (tests, demos), else the real time. */
  now(): Date;
}
