import { createContext, useContext } from "react";

export type ConsoleMode = "local" | "proxy";

/** What GET /console-config.json tells the SPA at boot. */
export interface ConsoleConfig {
  mode: ConsoleMode;
  /** Where the Connect API and /auth/session live, e.g. "/api". */
  apiPrefix: string;
  embedAllowedOrigins: string[];
  /**
   * Embedded mode only (set by src/embed, never from JSON): the host's token source. API and session
   * requests then carry `Authorization: Bearer` and no cookie; the token stays in memory.
   */
  getToken?: () => Promise<string>;
}

/** Validates the server's JSON; throws a readable Error when it is not a console config. */
export function parseConsoleConfig(json: unknown): ConsoleConfig {
  if (typeof json !== "object" || json === null) throw new Error("console-config.json is not an object");
  const record: Record<string, unknown> = { ...json };
  const { mode, apiPrefix, embedAllowedOrigins } = record;
  if (mode !== "local" && mode !== "proxy") throw new Error(`console-config.json has an unknown mode: ${String(mode)}`);
  if (typeof apiPrefix !== "string" || !apiPrefix.startsWith("/")) throw new Error("console-config.json has no apiPrefix path");
  const origins = Array.isArray(embedAllowedOrigins) ? embedAllowedOrigins.filter((o): o is string => typeof o === "string") : [];
  return { mode, apiPrefix: apiPrefix.replace(/\/+$/, ""), embedAllowedOrigins: origins };
}

export const ConsoleConfigContext = createContext<ConsoleConfig | null>(null);

/** The console config loaded at boot (provided by the app around the router). */
export function useConsoleConfig(): ConsoleConfig {
  const config = useContext(ConsoleConfigContext);
  if (!config) throw new Error("useConsoleConfig must be used inside the app's ConsoleConfigContext");
  return config;
}
