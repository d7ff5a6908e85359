import { HeadContent, Outlet, createRootRouteWithContext } from "@tanstack/react-router";
import { useEmbedding } from "../app/embedding";
import type { RouterContext } from "../app/router-context";
import { NotFoundPage } from "../app/not-found-page";
import { Toaster } from "../components/ui/toaster";

export const Route = createRootRouteWithContext<RouterContext>()({
  head: () => ({ meta: [{ title: "Runner Console" }] }),
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

function RootLayout() {
  // Embedded: the host owns <head> and the page height.
  const embedded = useEmbedding() !== null;
  return (
    <div className={`${embedded ? "" : "min-h-screen "}bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100`}>
      {embedded ? null : <HeadContent />}
      <Outlet />
      <Toaster />
    </div>
  );
}
