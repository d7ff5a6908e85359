import type { FastifyInstance } from "fastify";
import type { ProxyActivity } from "../activity/proxy";
import { BODY_LIMIT_BYTES } from "../http/limits";
import { createRpcForwarder } from "./forward";
import { proxySessionRoutes } from "./session-routes";
import { ProxySessionStore, type SessionSecrets } from "./session-store";
import { type IdentityLookup, upstreamIdentityLookup } from "./upstream-identity";

export interface ProxyRouteOptions {
  apiPrefix: string;
  /** GITPOD_API_URL, e.g. https://app.gitpod.io/api */
  upstreamBaseUrl: string;
  sessions?: ProxySessionStore;
  sessionSecrets?: SessionSecrets;
  lookupIdentity?: IdentityLookup;
  bodyLimitBytes?: number;
  /** PUBLIC_URL (the session cookie is Secure when it is https). */
  publicUrl?: string | undefined;
  /** The activity log: records the mutating RPCs forwarded, and serves them to their authors. */
  activity?: ProxyActivity;
}

/**
 * Proxy mode's API surface, registered with `{ prefix: apiPrefix }` in place of the local Connect routes and
 * session routes: the proxy session endpoints and `gitpod.v1.*` forwarding (the 35 allow-listed RPCs only).
 */
export function proxyRoutes(options: ProxyRouteOptions) {
  const sessions = options.sessions ?? new ProxySessionStore(options.sessionSecrets);
  const lookupIdentity = options.lookupIdentity ?? upstreamIdentityLookup(options.upstreamBaseUrl);
  const forwardRpc = createRpcForwarder({
    apiPrefix: options.apiPrefix,
    upstreamBaseUrl: options.upstreamBaseUrl,
    sessions,
    bodyLimitBytes: options.bodyLimitBytes ?? BODY_LIMIT_BYTES,
    observer: options.activity?.observer(sessions, lookupIdentity),
  });
  return async function registerProxyRoutes(app: FastifyInstance): Promise<void> {
    if (!options.sessionSecrets?.current) {
      app.log.warn("SESSION_SECRET is not set: sessions end when this process stops and other replicas cannot read them");
    }
    await app.register(proxySessionRoutes({ sessions, lookupIdentity, publicUrl: options.publicUrl }));
    if (options.activity) await app.register(options.activity.routes(sessions, lookupIdentity));
    await app.register(async (rpcScope) => {
      // Bodies are streamed upstream untouched, whatever their content type: no parsing here.
      rpcScope.removeAllContentTypeParsers();
      rpcScope.addContentTypeParser("*", (_request, _payload, done) => done(null));
      rpcScope.all("/gitpod.v1.*", forwardRpc);
    });
  };
}
