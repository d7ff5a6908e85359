// Test helper: one HTTP request with full control of what fetch() will not let a test set — the Host header and the
// client's own address (any 127.x.y.z on Linux), so a test can act as several clients or as a rebinding page.
import http, { type IncomingHttpHeaders } from "node:http";

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The client's address, e.g. "127.0.0.2": a different client as the server sees it. */
  from?: string;
}

export function rawRequest(url: string, request: RawRequest = {}): Promise<RawAnswer> {
  const method = request.method ?? (request.body === undefined ? "GET" : "POST");
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      url,
      { method, headers: request.headers ?? {}, agent: false, ...(request.from ? { localAddress: request.from } : {}) },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}

/** A Connect JSON call's headers plus the given ones. */
export function connectJson(headers: Record<string, string> = {}): Record<string, string> {
  return { "content-type": "application/json", "connect-protocol-version": "1", ...headers };
}
