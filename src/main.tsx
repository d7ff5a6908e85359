import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { config as configureZod } from "zod/v4/core";
import { createApp } from "./app/app";
import { BootError } from "./app/boot-error";
import { loadConsoleBoot } from "./app/load-console-config";
import { startTheme } from "./lib/theme";
import "./styles.css";

// zod must not probe `new Function` under the console's CSP (same global config as `z.config`).
configureZod({ jitless: true });
startTheme();

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error("#root is missing from index.html");
const root = createRoot(rootElement);

loadConsoleBoot().then(
  // A transition renders in slices that yield to the browser, instead of one long task at boot.
  ({ config, session }) => startTransition(() => root.render(<StrictMode>{createApp(config, undefined, session).element}</StrictMode>)),
  (error: unknown) => root.render(<BootError message={error instanceof Error ? error.message : String(error)} />),
);
