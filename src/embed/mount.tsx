import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { config as configureZod } from "zod/v4/core";
import consoleCss from "../styles.css?inline";
import { createEmbeddedApp } from "./console-app";
import { applyThemeVariables, followTheme, type RunnerConsoleOptions } from "./options";
import { consoleStyleSheet } from "./shadow-css";

export interface MountedConsole {
  unmount: () => void;
}

/**
 * Renders the console into `element` inside a shadow root: the console's styles stay in, the host's stay out.
 * Overlays (dialogs) portal into the same root. Each call is independent: two consoles on one page work.
 */
export function mountRunnerConsole(element: HTMLElement, options: RunnerConsoleOptions): MountedConsole {
  // zod must not probe `new Function` under a strict CSP; this is a global, idempotent switch.
  configureZod({ jitless: true });
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  shadow.adoptedStyleSheets = [consoleStyleSheet(consoleCss)];
  const root = document.createElement("div");
  root.className = "rc-root";
  root.dataset.runnerConsole = "";
  const appContainer = document.createElement("div");
  const portals = document.createElement("div");
  root.append(appContainer, portals);
  shadow.replaceChildren(root);
  applyThemeVariables(root, options.themeVariables);
  const stopTheme = followTheme(root, options.theme);

  const app = createEmbeddedApp(options, portals);
  const reactRoot = createRoot(appContainer);
  reactRoot.render(<StrictMode>{app.element}</StrictMode>);
  return {
    unmount() {
      stopTheme();
      reactRoot.unmount();
      shadow.replaceChildren();
      shadow.adoptedStyleSheets = [];
    },
  };
}
