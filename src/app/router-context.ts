import type { Transport } from "@connectrpc/connect";
import type { QueryClient } from "@tanstack/react-query";
import type { ConsoleConfig } from "../lib/console-config";

/** What every route's beforeLoad/loader gets; `_app` adds `session` for the pages under it. */
export interface RouterContext {
  queryClient: QueryClient;
  transport: Transport;
  config: ConsoleConfig;
  /**
   * The page's boot data said nobody is signed in: until /sign-in has been shown once, /sign-in and `_app` need not
   * ask the server (an unauthenticated GET /auth/session would only log a console error).
   */
  signedOutAtBoot: { current: boolean };
}
