import { create } from "@bufbuild/protobuf";
import { fastifyConnectPlugin } from "@connectrpc/connect-fastify";
import type { FastifyInstance } from "fastify";
import { GetAuthenticatedIdentityResponseSchema, IdentityService, Principal } from "../../src/gen/gitpod/v1/identity_pb";

const ECHO_ANSWER = create(GetAuthenticatedIdentityResponseSchema, {
  subject: { id: "00000000-0000-4000-8000-000000000000", principal: Principal.USER },
  organizationId: "00000000-0000-4000-8000-000000000001",
});

/**
 * The benchmark's ceiling (BENCH_ECHO=1 only): GetAuthenticatedIdentity's shape through the same fastify hooks
 * and connect-fastify, with a handler that does nothing — no auth, no database. Never mounted otherwise.
 */
export async function benchEchoRoutes(app: FastifyInstance): Promise<void> {
  await app.register(fastifyConnectPlugin, {
    routes: (router) => router.service(IdentityService, { getAuthenticatedIdentity: () => ECHO_ANSWER }),
  });
}
