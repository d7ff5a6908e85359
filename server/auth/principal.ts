import { createContextKey, type HandlerContext } from "@connectrpc/connect";
import { unauthenticated } from "../errors";

export type OrgRole = "admin" | "member";

export interface UserPrincipal {
  kind: "user";
  userId: string;
  orgId: string;
  orgRole: OrgRole;
  groupIds: string[];
  displayName: string;
}

/** A runner's access token (from ExchangeToken) acts as PRINCIPAL_RUNNER for that runner only. */
export interface RunnerPrincipal {
  kind: "runner";
  runnerId: string;
  orgId: string;
}

export type Principal = UserPrincipal | RunnerPrincipal;

/** Set by the auth interceptor (server/auth/); undefined for anonymous calls. */
export const principalKey = createContextKey<Principal | undefined>(undefined, { description: "caller" });

export function requirePrincipal(ctx: HandlerContext): Principal {
  const principal = ctx.values.get(principalKey);
  if (!principal) throw unauthenticated();
  return principal;
}

export function requireUser(ctx: HandlerContext): UserPrincipal {
  const principal = requirePrincipal(ctx);
  if (principal.kind !== "user")
    throw unauthenticated("this call needs a user's credentials, not a runner's");
  return principal;
}
