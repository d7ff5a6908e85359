import { createRouter, type RouterHistory } from "@tanstack/react-router";
import { routeTree } from "../routeTree.gen";
import { NotFoundPage } from "./not-found-page";
import { RouteError } from "./route-error";
import type { RouterContext } from "./router-context";

/** Embedded consoles: the host's route prefix (browser history shared with the host) or a memory history. */
export interface AppRouterOptions {
  basepath?: string;
  history?: RouterHistory;
}

export function createAppRouter(context: RouterContext, options: AppRouterOptions = {}) {
  const embedded = options.basepath !== undefined || options.history !== undefined;
  return createRouter({
    routeTree,
    context,
    basepath: options.basepath,
    history: options.history,
    defaultPreload: "intent",
    // TanStack Query owns caching; the router should always ask it.
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: NotFoundPage,
    // The host page owns window scrolling when the console is embedded.
    scrollRestoration: !embedded,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module "@tanstack/react-router" {
  interface Register {
    router: AppRouter;
  }
}

/**
 * After `unauthenticated` anywhere (and the sign-in dialog was closed): go to /sign-in saying the session expired,
 * remembering the path (never a token) to come back to.
 */
export function redirectToSignIn(router: AppRouter) {
  const { pathname, searchStr } = router.state.location;
  if (pathname === "/sign-in") return;
  const back = `${pathname}${searchStr}`;
  void router.navigate({ to: "/sign-in", search: back === "/" ? { reason: "expired" } : { redirect: back, reason: "expired" } });
}
