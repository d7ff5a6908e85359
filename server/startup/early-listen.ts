// The HTTP port is bound before anything else happens, so "port in use" fails fast and without side effects.
// Requests that arrive while the database opens wait and are handed to fastify once it is ready.
import http from "node:http";
import type { FastifyServerFactory } from "fastify";
import { listenStartupError } from "./startup-error";

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface EarlyServer {
  server: http.Server;
  /** For buildApp: fastify uses this server instead of creating one. */
  serverFactory: FastifyServerFactory;
  /** Starts handing requests (the waiting ones first) to fastify; call after app.ready(). */
  serve(): void;
}

export async function listenEarly(port: number, host: string): Promise<EarlyServer> {
  const waiting: Array<[http.IncomingMessage, http.ServerResponse]> = [];
  let fastifyHandler: Handler | undefined;
  let serving = false;
  const server = http.createServer((req, res) => {
    if (serving && fastifyHandler) fastifyHandler(req, res);
    else waiting.push([req, res]);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) => reject(listenStartupError(host, port, error) ?? error));
    server.listen({ port, host }, () => resolve());
  });
  return {
    server,
    serverFactory: (handler) => {
      fastifyHandler = handler;
      return server;
    },
    serve() {
      serving = true;
      for (const [req, res] of waiting.splice(0)) fastifyHandler?.(req, res);
    },
  };
}
