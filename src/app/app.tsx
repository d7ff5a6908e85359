import { TransportProvider } from "@connectrpc/connect-query";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { PortalContainerContext } from "../components/ui/portal-container";
import { sessionQueryKey } from "../api/session/get-session";
import { ConsoleConfigContext, type ConsoleConfig } from "../lib/console-config";
import type { Session } from "../lib/session";
import { EmbeddingContext, type Embedding } from "./embedding";
import { createAppQueryClient } from "./query-client";
import { createAppRouter, redirectToSignIn, type AppRouter, type AppRouterOptions } from "./router";
import { waitForSignIn } from "./reauth";
import { createApiTransport } from "./transport";

export interface AppInstance {
  config: ConsoleConfig;
  router: AppRouter;
  element: React.JSX.Element;
}

/** What src/embed passes when the console runs inside a host page; standalone uses none of it. */
export interface EmbedAppOptions extends AppRouterOptions {
  embedding: Embedding;
  /** Where dialogs portal to (inside the console's shadow root). */
  portalContainer?: HTMLElement | null;
}

/**
 * Builds the one transport, QueryClient and router of the console and the element tree that provides them.
 * `bootSession`: who the page was rendered for (null: nobody), so the first load does not ask again.
 */
export function createApp(config: ConsoleConfig, embed?: EmbedAppOptions, bootSession?: Session | null): AppInstance {
  const transport = createApiTransport({ baseUrl: config.apiPrefix, getToken: config.getToken, reauthenticate: waitForSignIn });
  // The callback runs only after a failed request, by which time `router` exists.
  const queryClient = createAppQueryClient(() => redirectToSignIn(router));
  // A session that ended since the page was rendered fails the first request with `unauthenticated`: the usual path.
  if (bootSession) queryClient.setQueryData(sessionQueryKey, bootSession);
  const signedOutAtBoot = { current: bootSession === null };
  const router = createAppRouter({ queryClient, transport, config, signedOutAtBoot }, embed);
  const element = (
    <ConsoleConfigContext.Provider value={config}>
      <EmbeddingContext.Provider value={embed?.embedding ?? null}>
        <PortalContainerContext.Provider value={embed?.portalContainer ?? null}>
          <TransportProvider transport={transport}>
            <QueryClientProvider client={queryClient}>
              <RouterProvider router={router} />
            </QueryClientProvider>
          </TransportProvider>
        </PortalContainerContext.Provider>
      </EmbeddingContext.Provider>
    </ConsoleConfigContext.Provider>
  );
  return { config, router, element };
}
