import type { ConsoleSection } from "../app/embedding";

export type ThemeMode = "light" | "dark" | "system";

/** Brand tokens, set as CSS custom properties on the console's root (they also inherit from the host element). */
export interface ThemeVariables {
  brand?: string;
  brandForeground?: string;
  font?: string;
  radius?: string;
}

export interface RunnerConsoleOptions {
  /** The console server's API base, e.g. "https://console.example.com/api". */
  apiBaseUrl: string;
  /**
   * Returns an API token for `Authorization: Bearer`. Called when a request first needs one and again
   * after the server answers `unauthenticated`. The console keeps the token in memory only.
   */
  getToken: () => Promise<string>;
  /** Mount under the host's route (browser history shared with the host), e.g. "/portal/runners". Without it: memory history. */
  basePath?: string;
  /** Where a memory-history console starts, e.g. "/runners". */
  initialPath?: string;
  theme?: ThemeMode;
  themeVariables?: ThemeVariables;
  /** Called after every navigation with the console-relative path (e.g. "/runners/abc"). */
  onNavigate?: (path: string) => void;
  /** Navigation sections to show; default: everything but settings (theme and sign-out belong to the host). */
  sections?: readonly ConsoleSection[];
}

export const DEFAULT_SECTIONS: readonly ConsoleSection[] = [
  "overview",
  "runners",
  "environment-classes",
  "scm-integrations",
  "llm-integrations",
  "host-tokens",
  "policies",
];

export function applyThemeVariables(
  element: HTMLElement,
  { brand, brandForeground, font, radius }: ThemeVariables = {},
) {
  const pairs = [
    ["--rc-brand", brand],
    ["--rc-brand-fg", brandForeground],
    ["--rc-font", font],
    ["--rc-radius", radius],
  ] as const;
  for (const [name, value] of pairs) if (value) element.style.setProperty(name, value);
}

/** Keeps the `dark` class on `element` for the mode ("system" follows the OS); returns a cleanup. */
export function followTheme(element: HTMLElement, mode: ThemeMode = "system"): () => void {
  const query =
    typeof window.matchMedia === "function" ? window.matchMedia("(prefers-color-scheme: dark)") : undefined;
  const apply = () =>
    element.classList.toggle("dark", mode === "dark" || (mode === "system" && (query?.matches ?? false)));
  apply();
  if (mode !== "system" || !query) return () => {};
  query.addEventListener("change", apply);
  return () => query.removeEventListener("change", apply);
}
