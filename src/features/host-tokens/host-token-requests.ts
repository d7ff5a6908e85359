import type { MessageInitShape } from "@bufbuild/protobuf";
import { timestampDate, timestampFromDate, type Timestamp } from "@bufbuild/protobuf/wkt";
import { Principal } from "../../gen/gitpod/v1/identity_pb";
import {
  HostAuthenticationTokenSource,
  type CreateHostAuthenticationTokenRequestSchema,
  type DeleteHostAuthenticationTokenRequestSchema,
  type HostAuthenticationToken,
  type UpdateHostAuthenticationTokenRequestSchema,
} from "../../gen/gitpod/v1/runner_configuration_pb";
import { fromLocalInputValue, parseScopes, toLocalInputValue } from "./expiry";
import type { CreateHostTokenValues, UpdateHostTokenValues } from "./host-token-schemas";

type CreateRequest = MessageInitShape<typeof CreateHostAuthenticationTokenRequestSchema>;
type UpdateRequest = MessageInitShape<typeof UpdateHostAuthenticationTokenRequestSchema>;

const sources = {
  OAUTH: HostAuthenticationTokenSource.OAUTH,
  PAT: HostAuthenticationTokenSource.PAT,
} as const;

function timestampOf(localValue: string): Timestamp | undefined {
  const date = fromLocalInputValue(localValue);
  return date ? timestampFromDate(date) : undefined;
}

export function createHostTokenRequest(values: CreateHostTokenValues): CreateRequest {
  const subjectId = values.forWhom === "other" ? values.subjectId.trim() : "";
  return {
    runnerId: values.runnerId,
    host: values.host.trim().toLowerCase(),
    token: values.token,
    source: sources[values.source],
    expiresAt: timestampOf(values.expiresAt),
    refreshToken: values.source === "OAUTH" ? values.refreshToken : "",
    scopes: parseScopes(values.scopes),
    subject: subjectId ? { id: subjectId, principal: Principal.USER } : undefined,
  };
}

export function deleteHostTokenRequest(id: string): MessageInitShape<typeof DeleteHostAuthenticationTokenRequestSchema> {
  return { id };
}

/** The update form's starting values: secrets empty (write-only), expiry in the browser's zone, scopes as text. */
export function updateFormDefaults(token: HostAuthenticationToken): UpdateHostTokenValues {
  return {
    token: "",
    refreshToken: "",
    expiresAt: token.expiresAt ? toLocalInputValue(timestampDate(token.expiresAt)) : "",
    scopes: token.scopes.join(", "),
  };
}

/**
 * Only what changed: a new token value, a new refresh token, a new expiry, new scopes. Empty scopes mean
 * "unchanged" on the wire (a repeated field cannot say "clear"), so they are never sent empty.
 */
export function updateHostTokenRequest(
  token: HostAuthenticationToken,
  values: UpdateHostTokenValues,
): UpdateRequest {
  const initial = updateFormDefaults(token);
  const request: UpdateRequest = { id: token.id };
  if (values.token !== "") request.token = values.token;
  if (values.refreshToken !== "") request.refreshToken = values.refreshToken;
  if (values.expiresAt !== initial.expiresAt) request.expiresAt = timestampOf(values.expiresAt);
  const scopes = parseScopes(values.scopes);
  if (scopes.length > 0 && scopes.join(",") !== token.scopes.join(",")) request.scopes = scopes;
  return request;
}

/** True when the request would change nothing (only the id). */
export function isEmptyUpdate(request: UpdateRequest): boolean {
  return (
    request.token === undefined &&
    request.refreshToken === undefined &&
    request.expiresAt === undefined &&
    (request.scopes?.length ?? 0) === 0
  );
}
