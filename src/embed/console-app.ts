import { createBrowserHistory, createMemoryHistory } from "@tanstack/react-router";
import { createApp, type AppInstance } from "../app/app";
import type { ConsoleMode } from "../lib/console-config";
import { DEFAULT_SECTIONS, type RunnerConsoleOptions } from "./options";

/** The console app for a host page: bearer token from the host, the host's route prefix or memory history. */
export function createEmbeddedApp(
  options: RunnerConsoleOptions,
  portalContainer: HTMLElement | null,
  mode: ConsoleMode = "local",
): AppInstance {
  const history =
    options.basePath !== undefined
      ? createBrowserHistory()
      : createMemoryHistory({ initialEntries: [options.initialPath ?? "/"] });
  const app = createApp(
    {
      mode,
      apiPrefix: options.apiBaseUrl.replace(/\/+$/, ""),
      embedAllowedOrigins: [],
      getToken: options.getToken,
    },
    {
      embedding: { sections: options.sections ?? DEFAULT_SECTIONS },
      portalContainer,
      history,
      basepath: options.basePath,
    },
  );
  const { onNavigate } = options;
  if (onNavigate) {
    app.router.subscribe("onResolved", ({ toLocation }) => {
      onNavigate(`${toLocation.pathname}${toLocation.searchStr}`);
    });
  }
  return app;
}
