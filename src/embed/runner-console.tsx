import { useEffect, useRef, type CSSProperties } from "react";
import { mountRunnerConsole } from "./mount";
import type { RunnerConsoleOptions } from "./options";

export interface RunnerConsoleProps extends RunnerConsoleOptions {
  className?: string;
  style?: CSSProperties;
}

/**
 * The console as a React component for React hosts (React is a peer dependency). It re-mounts when
 * apiBaseUrl, basePath, initialPath, theme, themeVariables or sections change (compared by value);
 * getToken and onNavigate may change freely — the latest ones are called.
 */
export function RunnerConsole({ className, style, ...options }: RunnerConsoleProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const { apiBaseUrl, basePath, initialPath, theme } = options;
  const variablesKey = JSON.stringify(options.themeVariables ?? {});
  const sectionsKey = options.sections?.join(",") ?? "";
  useEffect(() => {
    const element = hostRef.current;
    if (!element) return;
    const mounted = mountRunnerConsole(element, {
      ...latest.current,
      getToken: () => latest.current.getToken(),
      onNavigate: (path) => latest.current.onNavigate?.(path),
    });
    return () => mounted.unmount();
  }, [apiBaseUrl, basePath, initialPath, theme, variablesKey, sectionsKey]);
  return <div ref={hostRef} className={className} style={style} />;
}
