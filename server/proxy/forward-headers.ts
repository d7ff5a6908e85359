import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";

// What a Connect unary call needs upstream. Cookie is deliberately absent: the console's own cookies
// never leave this server. Authorization is added by the caller (the client's Bearer or the session PAT).
const REQUEST_HEADERS = [
  "content-type",
  "content-length",
  "content-encoding",
  "accept",
  "accept-encoding",
  "connect-protocol-version",
  "connect-timeout-ms",
  "connect-content-encoding",
  "connect-accept-encoding",
  "user-agent",
];

// Hop-by-hop headers, cookies, and the headers this server decides itself (security, CORS, caching).
const DROPPED_RESPONSE_HEADERS = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "set-cookie",
  "content-security-policy",
  "x-frame-options",
  "x-content-type-options",
  "referrer-policy",
  "cross-origin-opener-policy",
  "strict-transport-security",
  "cache-control",
  "vary",
  "x-powered-by",
]);

export function upstreamRequestHeaders(incoming: IncomingHttpHeaders, authorization: string | undefined): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  for (const name of REQUEST_HEADERS) {
    const value = incoming[name];
    if (value !== undefined) headers[name] = value;
  }
  if (authorization) headers.authorization = authorization;
  return headers;
}

export function downstreamResponseHeaders(upstream: IncomingHttpHeaders): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(upstream)) {
    if (value === undefined || DROPPED_RESPONSE_HEADERS.has(name) || name.startsWith("access-control-")) continue;
    headers[name] = value;
  }
  return headers;
}
