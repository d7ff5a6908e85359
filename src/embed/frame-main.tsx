// Entry of embed.html, the iframe mode: no outer chrome, the token comes from the host page by postMessage.
import { StrictMode, useSyncExternalStore } from "react";
import { createRoot } from "react-dom/client";
import { config as configureZod } from "zod/v4/core";
import { CONSOLE_SECTIONS, type ConsoleSection } from "../app/embedding";
import { BootError } from "../app/boot-error";
import { loadConsoleConfig } from "../app/load-console-config";
import "../styles.css";
import { createEmbeddedApp } from "./console-app";
import { createFrameChannel, type FrameChannel } from "./frame-channel";
import { FRAME_CHANNEL } from "./frame-protocol";
import { DEFAULT_SECTIONS, followTheme, type ThemeMode } from "./options";

configureZod({ jitless: true });

// Only presentation choices come in the query string; the token never does.
const params = new URLSearchParams(window.location.search);
const themeParam = params.get("theme");
const theme: ThemeMode = themeParam === "light" || themeParam === "dark" ? themeParam : "system";
const sectionsParam = params.get("sections");
const sections = sectionsParam
  ? CONSOLE_SECTIONS.filter((section: ConsoleSection) => sectionsParam.split(",").includes(section))
  : DEFAULT_SECTIONS;
followTheme(document.documentElement, theme);

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error("#root is missing from embed.html");
const root = createRoot(rootElement);

function TokenWait({ channel }: { channel: FrameChannel }) {
  const waiting = useSyncExternalStore(channel.subscribe, channel.isWaiting);
  if (!waiting) return null;
  return (
    <p role="status" className="m-4 text-sm text-slate-600 dark:text-slate-400">
      Waiting for the host page to provide a token…
    </p>
  );
}

function showBootError(error: unknown) {
  root.render(<BootError message={error instanceof Error ? error.message : String(error)} />);
}

loadConsoleConfig()
  .then((config) => {
    if (window.parent === window)
      throw new Error("This page is the console's iframe entry: open it inside a host page.");
    const channel = createFrameChannel(config.embedAllowedOrigins);
    const app = createEmbeddedApp(
      {
        apiBaseUrl: config.apiPrefix,
        getToken: channel.getToken,
        initialPath: params.get("path") ?? "/",
        sections,
        onNavigate: (path) => channel.post({ channel: FRAME_CHANNEL, type: "navigate", path }),
      },
      null,
      config.mode,
    );
    channel.onNavigateRequest((path) => app.router.history.push(path));
    new ResizeObserver(() => {
      channel.post({
        channel: FRAME_CHANNEL,
        type: "height",
        height: rootElement.getBoundingClientRect().height,
      });
    }).observe(rootElement);
    root.render(
      <StrictMode>
        <TokenWait channel={channel} />
        {app.element}
      </StrictMode>,
    );
  })
  .catch(showBootError);
