/**
 * The authentication URL with `returnTo` set to a path of the console, so the local OAuth flow lands back here.
 * Relative URLs stay relative; absolute ones keep their origin.
 */
export function withReturnTo(authUrl: string, returnTo: string): string {
  const base = "http://relative.invalid";
  const url = new URL(authUrl, base);
  url.searchParams.set("returnTo", returnTo);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : url.toString();
}

/** The current page as a returnTo path (path + query), or "/" outside a browser. */
export function currentPath(): string {
  return typeof window === "undefined" ? "/" : `${window.location.pathname}${window.location.search}`;
}
