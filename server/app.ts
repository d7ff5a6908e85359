import fs from "node:fs";
import path from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";
import type { ServerConfig } from "./config";

/** Builds the console server: SPA, console config and health. The API plugs in under config.apiPrefix. */
export async function buildApp(config: ServerConfig): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });

  app.get("/healthz", async () => ({ ok: true }));
  app.get("/console-config.json", async () => ({
    mode: config.gitpodApiUrl ? "proxy" : "local",
    apiPrefix: config.apiPrefix,
    embedAllowedOrigins: config.embedAllowedOrigins,
  }));

  if (fs.existsSync(path.join(config.staticDir, "index.html"))) {
    await app.register(fastifyStatic, { root: config.staticDir, wildcard: false });
    // Client-side routes: anything that is not a file or the API gets the SPA shell.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === "GET" && !req.url.startsWith(`${config.apiPrefix}/`)) return reply.sendFile("index.html");
      return reply.code(404).send({ code: "not_found", message: `no route for ${req.method} ${req.url}` });
    });
  }
  return app;
}
