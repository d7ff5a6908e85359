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

// What the browser may see of an upstream answer: the body's type and encoding, Connect's negotiation headers,
// validators for caching, and Retry-After on a 429/503. Anything else upstream sends (Location, Set-Cookie, custom
// or hop-by-hop headers) stays here; security, CORS and Cache-Control/Vary are this server's own.
const RESPONSE_HEADERS = [
  "content-type",
  "content-length",
  "content-encoding",
  "accept-encoding",
  "connect-content-encoding",
  "connect-accept-encoding",
  "etag",
  "last-modified",
  "retry-after",
];

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
  for (const name of RESPONSE_HEADERS) {
    const value = upstream[name];
    if (value !== undefined) headers[name] = value;
  }
  return headers;
}
