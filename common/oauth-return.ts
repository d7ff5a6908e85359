// After the local OAuth flow the browser lands back on a console path with the outcome in two query parameters;
// the console announces it once and removes them from the address.

export const OAUTH_OUTCOME_PARAM = "oauth";
export const OAUTH_HOST_PARAM = "oauthHost";

export type OAuthOutcome = "connected" | "denied";

/** `path` (a same-origin console path, maybe with a query and a hash) with the outcome appended to its query. */
export function withOAuthOutcome(path: string, outcome: OAuthOutcome, host: string): string {
  const hashAt = path.indexOf("#");
  const base = hashAt === -1 ? path : path.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : path.slice(hashAt);
  const params = new URLSearchParams({ [OAUTH_OUTCOME_PARAM]: outcome, [OAUTH_HOST_PARAM]: host });
  return `${base}${base.includes("?") ? "&" : "?"}${params.toString()}${hash}`;
}

/** The outcome in a query string, if any, and the query string without it. */
export function takeOAuthOutcome(search: string): { outcome: OAuthOutcome; host: string; rest: string } | undefined {
  const params = new URLSearchParams(search);
  const outcome = params.get(OAUTH_OUTCOME_PARAM);
  if (outcome !== "connected" && outcome !== "denied") return undefined;
  const host = params.get(OAUTH_HOST_PARAM) ?? "";
  params.delete(OAUTH_OUTCOME_PARAM);
  params.delete(OAUTH_HOST_PARAM);
  const rest = params.toString();
  return { outcome, host, rest: rest === "" ? "" : `?${rest}` };
}
