// Test-only: renders a page with the app's providers and a memory router over a given transport (tests pass the
// real server's in-memory transport) and a known session. Not imported by the app.
import type { Transport } from "@connectrpc/connect";
import { TransportProvider } from "@connectrpc/connect-query";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import {
  Outlet,
  RouterProvider,
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
} from "@tanstack/react-router";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { Toaster } from "../../components/ui/toaster";
import { ConsoleConfigContext } from "../../lib/console-config";
import type { Session } from "../../lib/session";
import { sessionQueryKey } from "../session/api/get-session";

export interface HarnessOptions {
  transport: Transport;
  session: Session;
  /** path → page; unlisted paths render a bare "Elsewhere" heading. */
  pages: Record<string, () => ReactNode>;
  initialPath: string;
}

export function renderPages({ transport, session, pages, initialPath }: HarnessOptions) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  queryClient.setQueryData(sessionQueryKey, session);
  const rootRoute = createRootRoute({
    component: () => (
      <>
        <Outlet />
        <Toaster />
      </>
    ),
  });
  const routes = Object.entries(pages).map(([path, component]) =>
    createRoute({ getParentRoute: () => rootRoute, path, component }),
  );
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
  return {
    mode: "local",
    subject: { id: adminId, principal: "PRINCIPAL_USER" },
    displayName: "Ada Admin",
    orgRole: "admin",
    groupIds: [],
  };
}

export function memberSession(memberId: string, groupIds: string[]): Session {
  return {
    mode: "local",
    subject: { id: memberId, principal: "PRINCIPAL_USER" },
    displayName: "Max Member",
    orgRole: "member",
    groupIds,
  };
}
