import { parseConsoleConfig, type ConsoleConfig } from "../lib/console-config";

/** Fetches /console-config.json at boot (the CSP forbids inline scripts, so config cannot be injected into the HTML). */
export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  const response = await fetch("/console-config.json", { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`GET /console-config.json answered ${response.status}`);
  return parseConsoleConfig(await response.json());
}
