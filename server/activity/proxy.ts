// Proxy mode's activity log: the observer the forwarder calls, and the console's ActivityService for the
// signed-in caller. Without roles from upstream, everyone sees the records of their own changes.
import type { IncomingHttpHeaders } from "node:http";
import { createContextKey, createContextValues } from "@connectrpc/connect";
import { fastifyConnectPlugin } from "@connectrpc/connect-fastify";
import type { FastifyInstance } from "fastify";
import { ActivityService } from "../../src/gen/console/v1/activity_pb";
import { cookieRequestIsSameOrigin } from "../auth/resolve";
import type { ServerContext } from "../context";
import { permissionDenied, unauthenticated } from "../errors";
import { queryStringKey } from "../pagination";
import type { ForwardObserver } from "../proxy/forward";
import type { ProxySessionStore } from "../proxy/session-store";
import type { IdentityLookup } from "../proxy/upstream-identity";
import { createActivityObserver, proxyCallerIdentity } from "./proxy-observer";
import { upstreamTargetLookups } from "./proxy-lookup";
import { createActivityRecorder } from "./recorder";
import { activityHandlers, type ActivityViewer } from "./service";

export interface ProxyActivity {
  observer(sessions: ProxySessionStore, lookupIdentity: IdentityLookup): ForwardObserver;
  routes(sessions: ProxySessionStore, lookupIdentity: IdentityLookup): (app: FastifyInstance) => Promise<void>;
}

const nobodyKnown = { runner: async () => undefined, group: async () => undefined, entity: async () => undefined };
const viewerKey = createContextKey<ActivityViewer | undefined>(undefined, { description: "activity viewer" });

export function proxyActivity(ctx: ServerContext, upstreamBaseUrl: string): ProxyActivity {
  return {
    observer(sessions, lookupIdentity) {
      return createActivityObserver({
        recorder: createActivityRecorder({
          db: ctx.db,
          now: ctx.now,
          lookup: nobodyKnown,
          onError: (error) => console.error("activity log: the record could not be written", error),
        }),
        lookups: upstreamTargetLookups(upstreamBaseUrl),
        identify: proxyCallerIdentity(sessions, lookupIdentity),
      });
    },
    routes(sessions, lookupIdentity) {
      const identify = proxyCallerIdentity(sessions, lookupIdentity);
      const viewerOf = async (headers: IncomingHttpHeaders): Promise<ActivityViewer> => {
        if (!headers.authorization) {
          const sameOrigin = cookieRequestIsSameOrigin({
            connectProtocolVersion: typeof headers["connect-protocol-version"] === "string" ? headers["connect-protocol-version"] : undefined,
            origin: headers.origin,
            host: headers.host,
          });
          if (!sameOrigin) throw permissionDenied("cookie requests need Connect-Protocol-Version: 1 and a same-origin Origin");
        }
        const identity = await identify(headers);
        if (!identity) throw unauthenticated();
        return { orgId: identity.organizationId, subjectId: identity.subjectId, seesAll: false };
      };
      return async (app) => {
        await app.register(fastifyConnectPlugin, {
          routes: (router) =>
            router.service(
              ActivityService,
              activityHandlers(ctx.db, (hc) => {
                const viewer = hc.values.get(viewerKey);
                if (!viewer) throw unauthenticated();
                return viewer;
              }),
            ),
          interceptors: [
            (next) => async (req) => {
              const headers: IncomingHttpHeaders = Object.fromEntries(req.header.entries());
              req.contextValues.set(viewerKey, await viewerOf(headers));
              return next(req);
            },
          ],
          contextValues: (req) =>
            createContextValues().set(queryStringKey, new URLSearchParams(req.url.split("?")[1] ?? "")),
        });
      };
    },
  };
}
