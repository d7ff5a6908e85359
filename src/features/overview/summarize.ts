import { timestampDate } from "@bufbuild/protobuf/wkt";
import type { HostAuthenticationToken } from "../../gen/gitpod/v1/runner_configuration_pb";

/** Host tokens expiring within this window are flagged. */
export const EXPIRING_WITHIN_MS = 7 * 24 * 3600_000;

export interface TokenAttention {
  token: HostAuthenticationToken;
  expiresAt: Date;
  expired: boolean;
}

/** Host tokens already expired or expiring within 7 days, soonest first. Tokens without an expiry never expire. */
export function hostTokensNeedingAttention(tokens: readonly HostAuthenticationToken[], now: Date): TokenAttention[] {
  return tokens
    .flatMap((token) => {
      if (!token.expiresAt) return [];
      const expiresAt = timestampDate(token.expiresAt);
      const left = expiresAt.getTime() - now.getTime();
      return left <= EXPIRING_WITHIN_MS ? [{ token, expiresAt, expired: left <= 0 }] : [];
    })
    .sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime());
}
