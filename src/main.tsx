import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { config as configureZod } from "zod/v4/core";
import { createApp } from "./app/app";
import { BootError } from "./app/boot-error";
import { loadConsoleBoot } from "./app/load-console-config";
import { startTheme } from "./lib/theme";
import { warmLocaleDataWhenIdle } from "./lib/warm-locale-data";
import "./styles.css";

// zod must not probe `new Function` under the console's CSP (same global config as `z.config`).
configureZod({ jitless: true });
startTheme();
warmLocaleDataWhenIdle();

const FIRST_RENDER_WAIT_MS = 400;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error("#root is missing from index.html");
const root = createRoot(rootElement);

loadConsoleBoot().then(
  async ({ config, session }) => {
    // A turn of the event loop between evaluating the code and building the app: two shorter tasks, not one long.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const app = createApp(config, undefined, session);
    // The page's route is matched, checked and its code loaded first, so the first render draws the page once, as
    // a transition in slices that yield to the browser. A route whose data takes longer renders its pending state.
    await Promise.race([app.router.load().catch(() => undefined), delay(FIRST_RENDER_WAIT_MS)]);
    startTransition(() => root.render(<StrictMode>{app.element}</StrictMode>));
  },
  (error: unknown) => root.render(<BootError message={error instanceof Error ? error.message : String(error)} />),
);
