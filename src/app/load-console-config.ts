import { parseConsoleConfig, type ConsoleConfig } from "../lib/console-config";
import { parseSession, type Session } from "../lib/session";
import { observeServerTime } from "../lib/server-clock";

/** The JSON data block the server renders into index.html (server/http/spa-entry.ts); embed.html has none. */
export const BOOT_ELEMENT_ID = "console-boot";

export interface ConsoleBoot {
  config: ConsoleConfig;
  /** Who the page was rendered for: null when nobody is signed in, undefined when the page did not say. */
  session?: Session | null;
}

function acceptConfig(json: unknown): ConsoleConfig {
  // The server's clock at boot: relative times are measured against it (the API's Date headers keep it current).
  if (typeof json === "object" && json !== null && "now" in json && typeof json.now === "string") observeServerTime(Date.parse(json.now));
  return parseConsoleConfig(json);
}

/** Fetches /console-config.json (the dev server and the embed entry have no boot data in their HTML). */
export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  const response = await fetch("/console-config.json", { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`GET /console-config.json answered ${response.status}`);
  return acceptConfig(await response.json());
}

/** The page's boot data (a JSON block, not a script: the CSP allows it); undefined when the page has none. */
export function readBootData(doc: Document): ConsoleBoot | undefined {
  const text = doc.getElementById(BOOT_ELEMENT_ID)?.textContent;
  if (!text) return undefined;
  const json: unknown = JSON.parse(text);
  if (typeof json !== "object" || json === null || !("config" in json)) throw new Error("the page's boot data has no config");
  const config = acceptConfig(json.config);
  if (!("session" in json)) return { config };
  return { config, session: json.session === null ? null : parseSession(json.session) };
}

/** The config (and session) from the page when the server put them there, else fetched as before. */
export async function loadConsoleBoot(doc: Document = document): Promise<ConsoleBoot> {
  try {
    const boot = readBootData(doc);
    if (boot) return boot;
  } catch {
    // Unreadable boot data: the fetch below still starts the console.
  }
  return { config: await loadConsoleConfig() };
}
