import { useSyncExternalStore } from "react";

export type ThemePreference = "light" | "dark" | "system";

// Not a secret: only the user's colour preference is kept in the browser.
const STORAGE_KEY = "rc-theme";
const listeners = new Set<() => void>();

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

let preference: ThemePreference = typeof window === "undefined" ? "system" : readPreference();

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/** Puts the `dark` class on <html> for the current preference. */
export function applyTheme(root: HTMLElement = document.documentElement) {
  const dark = preference === "dark" || (preference === "system" && systemPrefersDark());
  root.classList.toggle("dark", dark);
  root.style.colorScheme = dark ? "dark" : "light";
}

export function setThemePreference(next: ThemePreference) {
  preference = next;
  try {
    if (next === "system") localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // storage may be disabled; the choice then lasts for this page only
  }
  applyTheme();
  for (const listener of listeners) listener();
}

/** Applies the theme now and follows the OS setting while the preference is "system". */
export function startTheme() {
  applyTheme();
  if (typeof window.matchMedia === "function") {
    window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => applyTheme());
  }
}

export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => preference,
    () => preference,
  );
}
