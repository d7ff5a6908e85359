// Test-only: renders UI with the app's providers over a given transport (tests pass the real server's in-memory
// transport) and, when given, a known session. Shared by every feature's UI tests; never imported by the app.
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
import { Toaster } from "../../src/components/ui/toaster";
import { sessionQueryKey } from "../../src/api/session/get-session";
import { ConsoleConfigContext } from "../../src/lib/console-config";
import type { Session } from "../../src/lib/session";

export interface ProvidersOptions {
  transport: Transport;
  /** Seeded into the query cache, as the app does after sign-in; left out, nothing is signed in. */
  session?: Session;
}

export interface PagesOptions extends ProvidersOptions {
  session: Session;
  /** path → page; "/runners/$runnerId" style params are allowed. Unlisted paths render a bare "Elsewhere" heading. */
  pages: Record<string, () => ReactNode>;
  initialPath: string;
}

function createTestQueryClient(session: Session | undefined): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  if (session) queryClient.setQueryData(sessionQueryKey, session);
  return queryClient;
}

function AppProviders({ transport, queryClient, children }: { transport: Transport; queryClient: QueryClient; children: ReactNode }) {
  return (
    <ConsoleConfigContext.Provider value={{ mode: "local", apiPrefix: "/api", embedAllowedOrigins: [] }}>
      <TransportProvider transport={transport}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </TransportProvider>
    </ConsoleConfigContext.Provider>
  );
}

/** Renders one component (no router) inside the app's providers. */
export function renderWithProviders(ui: ReactNode, { transport, session }: ProvidersOptions) {
  const queryClient = createTestQueryClient(session);
  const result = render(
    <AppProviders transport={transport} queryClient={queryClient}>
      {ui}
    </AppProviders>,
  );
  return { ...result, queryClient };
}

/** Renders pages under a memory router (with the app's toaster), starting at `initialPath`. */
export function renderPages({ transport, session, pages, initialPath }: PagesOptions) {
  const queryClient = createTestQueryClient(session);
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
    <AppProviders transport={transport} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
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
