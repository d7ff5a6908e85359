// Test-only: renders runner pages with the app's providers and a memory router, over a given transport
// (tests pass the real server's in-memory transport). Not imported by the app.
import type { Transport } from "@connectrpc/connect";
import { TransportProvider } from "@connectrpc/connect-query";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider, createMemoryHistory, createRootRoute, createRoute, createRouter, Outlet } from "@tanstack/react-router";
import { render } from "@testing-library/react";
import { ConsoleConfigContext } from "../../../lib/console-config";
import type { Session } from "../../../lib/session";
import { sessionQueryKey } from "../../session/api/get-session";

export interface HarnessOptions {
  transport: Transport;
  session: Session;
  /** path → page; "/runners/$runnerId" style params are allowed. Unlisted paths render a bare heading. */
  pages: Record<string, () => React.JSX.Element>;
  initialPath: string;
}

export function renderRunnerPages({ transport, session, pages, initialPath }: HarnessOptions) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  queryClient.setQueryData(sessionQueryKey, session);
  const rootRoute = createRootRoute({ component: Outlet });
  const routes = Object.entries(pages).map(([path, component]) => createRoute({ getParentRoute: () => rootRoute, path, component }));
  const router = createRouter({
    routeTree: rootRoute.addChildren(routes),
    history: createMemoryHistory({ initialEntries: [initialPath] }),
    defaultNotFoundComponent: () => <h1>Elsewhere</h1>,
  });
  const result = render(
    <ConsoleConfigContext.Provider value={{ mode: "local", apiPrefix: "/api", embedAllowedOrigins: [] }}>
      <TransportProvider transport={transport}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </TransportProvider>
    </ConsoleConfigContext.Provider>,
  );
  return { ...result, queryClient, router };
}

export function adminSession(adminId: string): Session {
  return { mode: "local", subject: { id: adminId, principal: "PRINCIPAL_USER" }, displayName: "Ada Admin", orgRole: "admin", groupIds: [] };
}

/**
 * happy-dom does no layout (every element is 0×0), so a virtualised list would render no rows. Gives elements a
 * fixed client size for the test's duration; returns the undo.
 */
export function giveElementsLayout(width = 1200, height = 640): () => void {
  const proto = HTMLElement.prototype;
  const originals = ["clientWidth", "clientHeight"].map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)] as const);
  Object.defineProperty(proto, "clientWidth", { configurable: true, get: () => width });
  Object.defineProperty(proto, "clientHeight", { configurable: true, get: () => height });
  return () => {
    for (const [key, descriptor] of originals) {
      if (descriptor) Object.defineProperty(proto, key, descriptor);
      else Reflect.deleteProperty(proto, key);
    }
  };
}
