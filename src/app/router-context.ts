import type { Transport } from "@connectrpc/connect";
import type { QueryClient } from "@tanstack/react-query";
import type { ConsoleConfig } from "../lib/console-config";

/** What every route's beforeLoad/loader gets; `_app` adds `session` for the pages under it. */
export interface RouterContext {
  queryClient: QueryClient;
  transport: Transport;
  config: ConsoleConfig;
}
