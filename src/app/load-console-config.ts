import { parseConsoleConfig, type ConsoleConfig } from "../lib/console-config";
import { observeServerTime } from "../lib/server-clock";

/** Fetches /console-config.json at boot (the CSP forbids inline scripts, so config cannot be injected into the HTML). */
export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  const response = await fetch("/console-config.json", { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`GET /console-config.json answered ${response.status}`);
  const json: unknown = await response.json();
  // The server's clock at boot: relative times are measured against it (the API's Date headers keep it current).
  if (typeof json === "object" && json !== null && "now" in json && typeof json.now === "string") observeServerTime(Date.parse(json.now));
  return parseConsoleConfig(json);
}
