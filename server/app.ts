import type { Writable } from "node:stream";
import { createContextValues } from "@connectrpc/connect";
import { fastifyConnectPlugin } from "@connectrpc/connect-fastify";
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyPluginAsync,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerFactory,
} from "fastify";
import { GroupService } from "../src/gen/gitpod/v1/group_pb";
import { IdentityService } from "../src/gen/gitpod/v1/identity_pb";
import { RunnerConfigurationService } from "../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../src/gen/gitpod/v1/runner_pb";
import { createActivityInterceptor } from "./activity/interceptor";
import { localActivityRecorder } from "./activity/local";
import { proxyActivity } from "./activity/proxy";
import { scheduleActivityRetention } from "./activity/retention";
import { createAuthInterceptor } from "./auth/interceptor";
import { sessionForRequest, sessionRoutes } from "./auth/session-routes";
import type { ServerContext } from "./context";
import { createJsonEnumGuard } from "./http-json-guard";
import { inputDescriptorsByPath } from "./http-json-enums";
import { queryStringKey } from "./pagination";
import { createRoutes } from "./routes";
import { requestIsHttpsKey } from "./services/schema";
import { capConnectionsPerClient, connectionServerOptions } from "./http/connections";
import { connectErrorHandler } from "./http/error-handler";
import { registerHealthz } from "./http/healthz";
import { consoleLoggerOptions, httpRequestKey, registerRequestLog } from "./http/logging";
import { createRpcErrorInterceptor } from "./http/rpc-errors";
import { CONNECT_COMPRESS_MIN_BYTES, CONNECT_COMPRESSION } from "./http/connect-compression";
import { createRunnerReadsFastPath } from "./http/runner-reads";
import { proxyRoutes } from "./proxy/proxy-routes";
import { renewProxySession } from "./proxy/session-routes";
import { ProxySessionStore } from "./proxy/session-store";
import { benchEchoRoutes } from "./http/bench-echo";
import { heartbeatRoutes } from "./fake-runner/heartbeat-routes";
import { oauthRoutes } from "./oauth/oauth-routes";
import { isSpaRoute, registerStaticFiles, REVALIDATE_CACHE, sendSpaEntry } from "./http/static-files";
import { consoleConfigView } from "./http/console-config";
import { createSpaEntry } from "./http/spa-entry";

export const BODY_LIMIT = 1024 * 1024;
export const API_SERVICES = [RunnerService, RunnerConfigurationService, GroupService, IdentityService];

export interface AppOptions {
  /** Registered at the root before everything else (security headers, rate limits, …). */
  plugins?: FastifyPluginAsync[];
  /** Registered inside the API scope, i.e. under config.apiPrefix (extra HTTP routes such as OAuth callbacks). */
  apiPlugins?: FastifyPluginAsync[];
  /** Where the log goes instead of stdout (tests read it). */
  logStream?: Writable;
  /** main.ts: a server already bound to the port (bound before the database is opened). */
  serverFactory?: FastifyServerFactory;
}

/** Builds the console server: the gitpod.v1 API and /auth/session under config.apiPrefix, SPA, config, health. */
export async function buildApp(ctx: ServerContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const { config } = ctx;
  const app = Fastify({
    logger: consoleLoggerOptions(config.logLevel, options.logStream),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    // TRUST_PROXY: request.ip and request.protocol come from X-Forwarded-For/-Proto only on connections from these.
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    ...connectionServerOptions(config),
    ...(options.serverFactory ? { serverFactory: options.serverFactory } : {}),
  });
  capConnectionsPerClient(app.server, config.maxConnectionsPerClient);
  registerRequestLog(app);
  for (const plugin of options.plugins ?? []) await app.register(plugin);

  registerHealthz(app, ctx);
  const stopRetention = scheduleActivityRetention(ctx, config.activityRetentionDays, app.log);
  app.addHook("onClose", async () => stopRetention());
  app.get("/console-config.json", async (_req, reply) => reply.header("cache-control", REVALIDATE_CACHE).send(consoleConfigView(ctx)));
  // Proxy mode: one session store for the API's session routes and the entry page's boot data.
  const proxySessionSecrets = { current: config.sessionSecret, previous: config.sessionSecretPrevious };
  const proxySessions = config.gitpodApiUrl ? new ProxySessionStore(proxySessionSecrets) : undefined;

  await app.register(
    async (api) => {
      // Every error under the API prefix (RPC plumbing, sign-in, OAuth, heartbeats) answers as Connect JSON without
      // internal detail, with or without the hardening plugin (which sets the same handler at the root).
      api.setErrorHandler(connectErrorHandler);
      // Proxy mode (GITPOD_API_URL): the allow-listed RPCs and sign-in go upstream; no local API is mounted.
      if (config.gitpodApiUrl)
        return api.register(
          proxyRoutes({
            apiPrefix: config.apiPrefix,
            upstreamBaseUrl: config.gitpodApiUrl,
            sessions: proxySessions,
            sessionSecrets: proxySessionSecrets,
            publicUrl: config.publicUrl,
            activity: proxyActivity(ctx, config.gitpodApiUrl),
          }),
        );
      // The API's Date header comes from the console's clock (CONSOLE_NOW included): the SPA keeps its time by it.
      // (On the raw response: the Connect plugin writes its replies there, past fastify's reply headers.)
      api.addHook("onRequest", async (_request, reply) => {
        reply.raw.setHeader("date", ctx.now().toUTCString());
      });
      const guard = createJsonEnumGuard(inputDescriptorsByPath(API_SERVICES), config.apiPrefix, BODY_LIMIT);
      api.addHook("preHandler", guard);
      // After the guard (it reads the body): ListRunners / GetRunner from cached wire forms, else on to Connect.
      api.addHook("preHandler", createRunnerReadsFastPath(ctx, config.apiPrefix));
      await api.register(fastifyConnectPlugin, {
        routes: createRoutes(ctx),
        // Activity log outermost: it records the code the client gets, and the caller the auth interceptor found.
        interceptors: [
          createActivityInterceptor(ctx, localActivityRecorder(ctx, app.log)),
          createRpcErrorInterceptor(app.log),
          createAuthInterceptor(ctx),
        ],
        readMaxBytes: BODY_LIMIT,
        acceptCompression: CONNECT_COMPRESSION,
        compressMinBytes: CONNECT_COMPRESS_MIN_BYTES,
        contextValues: (req) =>
          createContextValues()
            .set(queryStringKey, new URLSearchParams(req.url.split("?")[1] ?? ""))
            .set(httpRequestKey, req.raw)
            .set(requestIsHttpsKey, req.protocol === "https"),
      });
      await api.register(sessionRoutes(ctx));
      await api.register(oauthRoutes(ctx));
      await api.register(heartbeatRoutes(ctx));
      for (const plugin of options.apiPlugins ?? []) await api.register(plugin);
    },
    { prefix: config.apiPrefix },
  );

  if (process.env.BENCH_ECHO === "1") await app.register(benchEchoRoutes, { prefix: "/bench-echo" });

  const spaEntry = (await registerStaticFiles(app, config.staticDir)) ? createSpaEntry(config.staticDir) : undefined;
  // The entry page carries what the SPA would otherwise fetch first: the config and this cookie's session.
  const bootSession = (req: FastifyRequest, reply: FastifyReply) =>
    (proxySessions ? renewProxySession(proxySessions, config.publicUrl, req, reply) : sessionForRequest(ctx, req)) ?? null;
  app.setNotFoundHandler((req, reply) => {
    if (spaEntry && isSpaRoute(req) && !isApiPath(config.apiPrefix, req.url))
      return sendSpaEntry(req, reply, spaEntry, () => ({ config: consoleConfigView(ctx), session: bootSession(req, reply) }));
    return notFoundJson(req, reply);
  });
  return app;
}

/** Under an API prefix everything below it is API; at the root, RPC paths and /auth/ are. */
function isApiPath(prefix: string, url: string): boolean {
  const pathname = url.split("?")[0] ?? "";
  if (prefix) return pathname === prefix || pathname.startsWith(`${prefix}/`);
  return /^\/[a-z][\w]*\.[\w.]+\/[\w]+$/i.test(pathname) || pathname.startsWith("/auth/");
}

function notFoundJson(req: FastifyRequest, reply: FastifyReply) {
  return reply
    .code(404)
    .header("content-type", "application/json")
    .send({ code: "not_found", message: `no route for ${req.method} ${req.url.split("?")[0] ?? ""}` });
}
