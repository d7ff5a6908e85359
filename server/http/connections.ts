// Bounded connections: Node's own deadlines for a request's headers and whole body (a slow client gets 408 and is
// closed), and a cap on the connections one client address holds open. A browser opens about six and sends each
// request at once, so none of this touches it; 6,000 trickling sockets from one address do not stay open.
import type { Server, ServerOptions } from "node:http";
import type { Socket } from "node:net";

export interface ConnectionSettings {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  maxConnectionsPerClient: number;
}

const TOO_MANY_BODY = JSON.stringify({
  code: "resource_exhausted",
  message: "too many open connections from your address; close some and try again",
});
const TOO_MANY_RESPONSE =
  "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nConnection: close\r\nRetry-After: 1\r\n" +
  `Content-Length: ${Buffer.byteLength(TOO_MANY_BODY)}\r\n\r\n${TOO_MANY_BODY}`;

/** fastify options carrying the deadlines (0 turns one off); Node checks them every connectionsCheckingInterval. */
export function connectionServerOptions(settings: ConnectionSettings): { requestTimeout: number; http: ServerOptions } {
  const { requestTimeoutMs } = settings;
  const headersTimeoutMs = requestTimeoutMs > 0 ? Math.min(settings.headersTimeoutMs, requestTimeoutMs) : settings.headersTimeoutMs;
  const shortest = Math.min(...[headersTimeoutMs, requestTimeoutMs].filter((ms) => ms > 0), 20_000);
  const http: ServerOptions = {
    requestTimeout: requestTimeoutMs,
    connectionsCheckingInterval: Math.max(100, Math.round(shortest / 4)),
  };
  if (headersTimeoutMs > 0) http.headersTimeout = headersTimeoutMs;
  return { requestTimeout: requestTimeoutMs, http };
}

/** Answers a client's connection beyond `max` with 429 and closes it; 0 means no cap (e.g. behind a reverse proxy). */
export function capConnectionsPerClient(server: Server, max: number): void {
  if (max <= 0) return;
  const open = new Map<string, number>();
  server.prependListener("connection", (socket: Socket) => {
    const client = socket.remoteAddress ?? "";
    const count = (open.get(client) ?? 0) + 1;
    if (count > max) {
      socket.write(TOO_MANY_RESPONSE, () => socket.destroy());
      return;
    }
    open.set(client, count);
    socket.once("close", () => {
      const left = (open.get(client) ?? 1) - 1;
      if (left > 0) open.set(client, left);
      else open.delete(client);
    });
  });
}
