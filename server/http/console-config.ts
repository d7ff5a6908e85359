import type { ServerContext } from "../context";

/** What GET /console-config.json sends, and the `config` of the entry page's boot data: one shape for both. */
export function consoleConfigView(ctx: ServerContext) {
  const { config } = ctx;
  return {
    mode: config.gitpodApiUrl ? "proxy" : "local",
    apiPrefix: config.apiPrefix,
    embedAllowedOrigins: config.embedAllowedOrigins,
    // The console measures relative times against the server's clock, not the browser's.
    now: ctx.now().toISOString(),
  };
}
