// Test helper: the real console server with the HTTP hardening registered, as main.ts does.
import type { ServerConfig } from "../config";
import { startTestServer, type TestServer } from "../testing";
import { hardeningPlugin, type HardeningOptions } from "./hardening";

export async function startHardenedTestServer(
  config: Partial<ServerConfig> = {},
  overrides: Partial<HardeningOptions> = {},
): Promise<TestServer> {
  const apiPrefix = config.apiPrefix ?? "/api";
  return startTestServer({
    config,
    app: {
      plugins: [
        hardeningPlugin({
          apiPrefix,
          frameAncestors: config.frameAncestors ?? [],
          embedAllowedOrigins: config.embedAllowedOrigins ?? [],
          ...overrides,
        }),
      ],
    },
  });
}

/** POST a Connect JSON call with fetch, so the test sees exactly the status, headers and body on the wire. */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
