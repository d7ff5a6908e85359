// The example portal's page: embeds the Runner Console twice — mounted in a shadow root and in an iframe.
// Types come from the library's source; the portal's Vite config maps this import to dist/lib (the build).
import { attachConsoleFrame, mountRunnerConsole, type MountedConsole } from "../../src/embed/runner-console-lib";

interface PortalConfig {
  /** The console server, e.g. http://127.0.0.1:8381 */
  consoleUrl: string;
  apiPrefix: string;
}

function element<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`#${id} is missing`);
  return found;
}

async function loadPortalConfig(): Promise<PortalConfig> {
  const response = await fetch("/portal-config.json");
  const json: unknown = await response.json();
  if (typeof json !== "object" || json === null || !("consoleUrl" in json) || !("apiPrefix" in json)) throw new Error("bad portal config");
  return { consoleUrl: String(json.consoleUrl), apiPrefix: String(json.apiPrefix) };
}

/** The portal's own server holds the console token; the page asks for it (POST, same origin) and keeps it in memory. */
async function fetchConsoleToken(): Promise<string> {
  const response = await fetch("/portal/console-token", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
  if (!response.ok) throw new Error(`the portal could not get a console token (${response.status})`);
  const json: unknown = await response.json();
  if (typeof json !== "object" || json === null || !("token" in json) || typeof json.token !== "string") throw new Error("no token");
  return json.token;
}

const config = await loadPortalConfig();
const mountPoint = element("mounted-console", HTMLDivElement);
const toggle = element("toggle-mounted", HTMLButtonElement);
const mountedLocation = element("mounted-location", HTMLParagraphElement);
let mounted: MountedConsole | undefined;

function mount() {
  mounted = mountRunnerConsole(mountPoint, {
    apiBaseUrl: `${config.consoleUrl}${config.apiPrefix}`,
    getToken: fetchConsoleToken,
    initialPath: "/runners",
    theme: "light",
    themeVariables: { brand: "#0f766e" },
    onNavigate: (path) => (mountedLocation.textContent = `Console at ${path}`),
  });
  toggle.textContent = "Unmount console";
}

toggle.addEventListener("click", () => {
  if (mounted) {
    mounted.unmount();
    mounted = undefined;
    toggle.textContent = "Mount console";
  } else {
    mount();
  }
});
mount();

const frame = element("console-frame", HTMLIFrameElement);
const frameLocation = element("frame-location", HTMLParagraphElement);
const frameUrl = `${config.consoleUrl}/embed.html?path=${encodeURIComponent("/runners")}&theme=light`;
attachConsoleFrame(frame, frameUrl, {
  getToken: fetchConsoleToken,
  onNavigate: (path) => (frameLocation.textContent = `Console at ${path}`),
});
frame.src = frameUrl;
