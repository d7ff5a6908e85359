import type { ServiceImpl } from "@connectrpc/connect";
import { IdentityService, Principal as PrincipalEnum } from "../../src/gen/gitpod/v1/identity_pb";
import { requirePrincipal } from "../auth/principal";
import type { ServerContext } from "../context";
import { invalidArgument, unauthenticated } from "../errors";
import { consumeExchangeToken, issueRunnerAccessToken } from "../store/runner-tokens";
import { organizationTier } from "../store/users";

export function identityHandlers(ctx: ServerContext) {
  return {
    getAuthenticatedIdentity(_req, hc) {
      const principal = requirePrincipal(hc);
      const subject =
        principal.kind === "user"
          ? { id: principal.userId, principal: PrincipalEnum.USER }
          : { id: principal.runnerId, principal: PrincipalEnum.RUNNER };
      return {
        subject,
        organizationId: principal.orgId,
        organizationTier: organizationTier(ctx.db, principal.orgId),
      };
    },

    /** Anonymous: the exchange token is the credential; it works once, within 24 h. */
    exchangeToken(req) {
      if (req.exchangeToken === "") throw invalidArgument("exchangeToken is required");
      const accessToken = ctx.db.transaction(() => {
        const runnerId = consumeExchangeToken(ctx.db, req.exchangeToken, ctx.now());
        return runnerId ? issueRunnerAccessToken(ctx.db, runnerId, "runner", ctx.now()) : undefined;
      })();
      if (!accessToken) throw unauthenticated("the exchange token is unknown, already used or expired");
      return { accessToken };
    },
  } satisfies Partial<ServiceImpl<typeof IdentityService>>;
}
