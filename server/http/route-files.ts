// Which TanStack Router route files (src/routes, file-based) render a URL path, so the server can preload their
// chunks. Route ids are file paths under src/routes without the extension: "_app/runners/$runnerId/configuration".
// Conventions followed: directories nest, `index` is a parent's own page, `$name` takes one segment, `_name` is a
// pathless layout, `__root` wraps everything, and a static segment beats `$name`.

type Segment = "static" | "param";

interface Match {
  /** The matched route ids, outermost first. */
  files: string[];
  /** What each URL segment matched, for ranking: static segments beat params, position by position. */
  kinds: Segment[];
}

const isPathless = (name: string) => name.startsWith("_");
const isParam = (name: string) => name.startsWith("$") && name.length > 1;

function childNames(routeIds: ReadonlySet<string>, prefix: string): string[] {
  const names = new Set<string>();
  for (const id of routeIds) {
    if (prefix && !id.startsWith(`${prefix}/`)) continue;
    const rest = prefix ? id.slice(prefix.length + 1) : id;
    const name = rest.split("/")[0];
    if (name && name !== "__root") names.add(name);
  }
  return [...names];
}

function join(prefix: string, name: string): string {
  return prefix ? `${prefix}/${name}` : name;
}

function* matches(routeIds: ReadonlySet<string>, prefix: string, rest: readonly string[], kinds: Segment[]): Generator<Match> {
  const own = prefix && routeIds.has(prefix) ? [prefix] : [];
  const children = childNames(routeIds, prefix);
  if (rest.length === 0) {
    if (children.includes("index")) yield { files: [...own, join(prefix, "index")], kinds };
    else if (own.length > 0 && !isPathless(prefix.split("/").pop() ?? "")) yield { files: own, kinds };
  }
  for (const name of children) {
    if (name === "index") continue;
    const path = join(prefix, name);
    const below = (next: Match) => ({ files: [...own, ...next.files], kinds: next.kinds });
    if (isPathless(name)) {
      for (const next of matches(routeIds, path, rest, kinds)) yield below(next);
    } else if (rest.length > 0 && (isParam(name) || name === rest[0])) {
      for (const next of matches(routeIds, path, rest.slice(1), [...kinds, isParam(name) ? "param" : "static"])) yield below(next);
    }
  }
}

function moreSpecific(a: Match, b: Match): boolean {
  for (let i = 0; i < a.kinds.length; i++) {
    if (a.kinds[i] !== b.kinds[i]) return a.kinds[i] === "static";
  }
  return false;
}

/** The route files rendering `pathname`, outermost first (`__root` included when listed); [] when none matches. */
export function routeFilesForPath(pathname: string, routeIds: Iterable<string>): string[] {
  const ids = new Set(routeIds);
  let segments: string[];
  try {
    segments = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return [];
  }
  let best: Match | undefined;
  for (const match of matches(ids, "", segments, [])) if (!best || moreSpecific(match, best)) best = match;
  if (!best) return [];
  return ids.has("__root") ? ["__root", ...best.files] : best.files;
}
