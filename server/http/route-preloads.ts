// The chunks a route's first render needs, from the build's .vite/route-chunks.json (vite.route-chunks.ts): each
// matched route file's split chunks and their static imports, so the browser fetches them with the entry instead of
// discovering them one round trip after another.
import fs from "node:fs";
import path from "node:path";
import { routeFilesForPath } from "./route-files";

/** vite.config.ts `tanstackRouter({ routesDirectory })`, as the build names its source files. */
const ROUTES_SOURCE_PREFIX = "src/routes/";
/** src/routes/_app.tsx sends a signed-out visitor of any page under it to /sign-in (its beforeLoad). */
const SIGNED_IN_LAYOUT = "_app";
const SIGN_IN_PATH = "/sign-in";
/** Splits the router loads only on an error or a miss: not worth a preload. */
const ON_DEMAND_SPLITS = new Set(["errorComponent", "notFoundComponent"]);

/** What vite.route-chunks.ts writes: route split module → chunk file, chunk file → its static imports and CSS. */
interface RouteChunks {
  routes: Record<string, string>;
  chunks: Record<string, { imports?: string[]; css?: string[] }>;
}

export interface Preloads {
  /** /assets/… URLs for <link rel="modulepreload">. */
  scripts: string[];
  /** /assets/… URLs for <link rel="stylesheet">. */
  styles: string[];
}

function readRouteChunks(staticDir: string): RouteChunks {
  try {
    const json = JSON.parse(fs.readFileSync(path.join(staticDir, ".vite", "route-chunks.json"), "utf8")) as Partial<RouteChunks>;
    return { routes: json.routes ?? {}, chunks: json.chunks ?? {} };
  } catch {
    return { routes: {}, chunks: {} };
  }
}

/** "src/routes/_app/runners/index.tsx?tsr-split=component" → ["_app/runners/index", true]; other keys → undefined. */
function routeSplit(key: string): { routeId: string; eager: boolean } | undefined {
  const [file = "", query = ""] = key.split("?");
  const split = new URLSearchParams(query).get("tsr-split");
  if (!file.startsWith(ROUTES_SOURCE_PREFIX) || !split) return undefined;
  // A grouping names its parts joined by separators ("component", "loader---component").
  const parts = split.split(/[^A-Za-z]+/).filter(Boolean);
  return {
    routeId: file.slice(ROUTES_SOURCE_PREFIX.length).replace(/\.[cm]?[jt]sx?$/, ""),
    eager: parts.some((part) => !ON_DEMAND_SPLITS.has(part)),
  };
}

/**
 * Reads the build's route chunks once. The returned function gives the preloads for a URL path and visitor, leaving
 * out `alreadyLinked` (what index.html links itself); without route-chunks.json (an older build) it gives none.
 */
export function createRoutePreloads(
  staticDir: string,
  alreadyLinked: ReadonlySet<string>,
): (pathname: string, signedIn: boolean) => Preloads {
  const { routes, chunks } = readRouteChunks(staticDir);
  const splitsByRoute = new Map<string, string[]>();
  for (const [moduleId, file] of Object.entries(routes)) {
    const split = routeSplit(moduleId);
    if (!split) continue;
    const files = splitsByRoute.get(split.routeId) ?? [];
    if (split.eager) files.push(file);
    splitsByRoute.set(split.routeId, files);
  }

  const routeFiles = (pathname: string, signedIn: boolean) => {
    const files = routeFilesForPath(pathname, splitsByRoute.keys());
    // A signed-out visitor of a signed-in page lands on sign-in: fetch that page's chunks, not the one redirected from.
    return !signedIn && files.includes(SIGNED_IN_LAYOUT) ? routeFilesForPath(SIGN_IN_PATH, splitsByRoute.keys()) : files;
  };

  return (pathname, signedIn) => {
    const scripts = new Set<string>();
    const styles = new Set<string>();
    const visited = new Set<string>();
    const visit = (file: string) => {
      if (visited.has(file)) return;
      visited.add(file);
      scripts.add(`/${file}`);
      const chunk = chunks[file];
      for (const css of chunk?.css ?? []) styles.add(`/${css}`);
      for (const imported of chunk?.imports ?? []) visit(imported);
    };
    for (const routeId of routeFiles(pathname, signedIn)) {
      for (const file of splitsByRoute.get(routeId) ?? []) visit(file);
    }
    const fresh = (url: string) => !alreadyLinked.has(url);
    return { scripts: [...scripts].filter(fresh), styles: [...styles].filter(fresh) };
  };
}
