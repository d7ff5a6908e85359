import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { IdentityService, PrincipalSchema } from "../../src/gen/gitpod/v1/identity_pb";
import type { UpstreamIdentity } from "./session-store";

export type IdentityLookup = (token: string) => Promise<UpstreamIdentity>;

const LOOKUP_TIMEOUT_MS = 15_000;
const REFUSALS = new Set([Code.Unauthenticated, Code.PermissionDenied, Code.InvalidArgument]);

/**
 * Asks the upstream Gitpod API who a token belongs to. A token upstream refuses becomes unauthenticated;
 * an upstream that does not answer becomes unavailable — the caller tells the two apart by code.
 */
export function upstreamIdentityLookup(upstreamBaseUrl: string): IdentityLookup {
  const client = createClient(
    IdentityService,
    createConnectTransport({ baseUrl: upstreamBaseUrl, httpVersion: "1.1", useBinaryFormat: false }),
  );
  return async (token) => {
    try {
      const response = await client.getAuthenticatedIdentity(
        {},
        { headers: { authorization: `Bearer ${token}` }, timeoutMs: LOOKUP_TIMEOUT_MS },
      );
      const subject = response.subject;
      if (!subject?.id) throw new ConnectError("the Gitpod API returned no subject for this token", Code.Unauthenticated);
      return {
        subjectId: subject.id,
        principal: PrincipalSchema.value[subject.principal]?.name ?? "PRINCIPAL_UNSPECIFIED",
        organizationId: response.organizationId,
      };
    } catch (error) {
      const connectError = ConnectError.from(error);
      if (REFUSALS.has(connectError.code)) {
        throw new ConnectError("the Gitpod API does not accept that token", Code.Unauthenticated);
      }
      throw new ConnectError(`the Gitpod API did not answer (${Code[connectError.code]})`, Code.Unavailable);
    }
  };
}
