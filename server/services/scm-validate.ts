// The rules an SCM integration must satisfy, shared by Create/UpdateSCMIntegration (invalid_argument) and the SCM half
// of ValidateRunnerConfiguration (SCMIntegrationValidationResult with one message per field).
import { create } from "@bufbuild/protobuf";
import {
  SCMIntegrationValidationResultSchema,
  type RunnerConfigurationSchema_SCMConfigSchema,
  type SCMIntegrationValidationResult,
  type ValidateRunnerConfigurationRequest_ValidateSCMIntegration,
} from "../../src/gen/gitpod/v1/runner_configuration_pb";
import type { ServerContext } from "../context";
import { decryptPrivateKey } from "../crypto/at-rest";
import { openSealed, SEALED_BOX_OVERHEAD } from "../crypto/sealed-box";
import { invalidArgument, notFound } from "../errors";
import { getScmIntegration, findScmIntegrationByHost } from "../store/scm-integrations";
import type { RunnerRow } from "../store/runners";
import { scmSchemasOf } from "./scm-schema";
import { hiddenCharacterError } from "../validation";

export type DraftSecret = { kind: "none" } | { kind: "stored" } | { kind: "plaintext"; value: string } | { kind: "encrypted"; value: Uint8Array };

/** An integration as it would be after the request: what the rules look at. */
export interface ScmIntegrationDraft {
  scmId: string;
  host: string;
  oauthClientId: string;
  secret: DraftSecret;
  pat: boolean;
  issuerUrl: string;
  virtualDirectory: string;
}

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;

export async function checkScmIntegration(
  ctx: ServerContext,
  runner: RunnerRow,
  draft: ScmIntegrationDraft,
): Promise<SCMIntegrationValidationResult> {
  const result = create(SCMIntegrationValidationResultSchema, { valid: true });
  const scm = scmSchemasOf(ctx, runner).find((s) => s.scmId === draft.scmId);
  if (draft.scmId === "") result.scmIdError = "scmId is required";
  else if (!scm) result.scmIdError = `scmId "${draft.scmId}" is not an SCM of this runner's configuration schema`;
  result.hostError = hostError(draft);
  result.oauthError = await oauthError(ctx, runner, draft, scm);
  result.patError = patError(draft, scm);
  result.valid = [result.scmIdError, result.hostError, result.oauthError, result.patError].every((e) => e === undefined);
  return result;
}

function hostError(draft: ScmIntegrationDraft): string | undefined {
  if (draft.host === "") return "host is required";
  if (!HOST.test(draft.host)) return "host must be a host name such as github.com (no scheme, no path)";
  if (draft.virtualDirectory !== "") {
    if (draft.scmId !== "azure-devops") return "a virtual directory only applies to Azure DevOps Server";
    if (!/^\/[\w\-./]*$/.test(draft.virtualDirectory)) return "the virtual directory must be a path such as /tfs";
  }
  return undefined;
}

async function oauthError(
  ctx: ServerContext,
  runner: RunnerRow,
  draft: ScmIntegrationDraft,
  scm: RunnerConfigurationSchema_SCMConfigSchema | undefined,
): Promise<string | undefined> {
  const hasSecret = draft.secret.kind !== "none";
  if (draft.oauthClientId === "") {
    if (hasSecret && draft.secret.kind !== "stored") return "an OAuth client secret needs a client id";
    return draft.issuerUrl !== "" ? "an issuer URL needs an OAuth client id" : undefined;
  }
  if (scm && !scm.oauth) return `${scm.name} does not support OAuth on this runner`;
  const clientIdError = hiddenCharacterError("the OAuth client id", draft.oauthClientId);
  if (clientIdError) return clientIdError;
  if (!hasSecret) return "an OAuth client id needs its client secret";
  if (draft.secret.kind === "plaintext" && draft.secret.value.trim() === "") return "the OAuth client secret is empty";
  if (draft.secret.kind === "encrypted" && !(await opensWithRunnerKey(ctx, runner, draft.secret.value))) {
    return "the encrypted client secret was not sealed to this runner's public key";
  }
  if (draft.issuerUrl !== "" && !isHttpsUrl(draft.issuerUrl)) return "the issuer URL must be an absolute https URL";
  return undefined;
}

function patError(draft: ScmIntegrationDraft, scm: RunnerConfigurationSchema_SCMConfigSchema | undefined): string | undefined {
  if (draft.pat && scm && !scm.pat) return `${scm.name} does not support personal access tokens on this runner`;
  if (!draft.pat && draft.oauthClientId === "") return "enable personal access tokens or configure an OAuth app";
  return undefined;
}

async function opensWithRunnerKey(ctx: ServerContext, runner: RunnerRow, ciphertext: Uint8Array): Promise<boolean> {
  if (ciphertext.length <= SEALED_BOX_OVERHEAD) return false;
  try {
    openSealed(ciphertext, new Uint8Array(runner.public_key), decryptPrivateKey(ctx.db, runner.private_key));
    return true;
  } catch {
    return false;
  }
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/** Turns a failed result into one invalid_argument naming every problem. */
export function throwIfInvalid(result: SCMIntegrationValidationResult): void {
  if (result.valid) return;
  const problems = [result.scmIdError, result.hostError, result.oauthError, result.patError].filter((e) => e !== undefined);
  throw invalidArgument(problems.join("; "));
}

/**
 * The SCM half of ValidateRunnerConfiguration (the caller has checked the runner and the caller's ADMIN access).
 * With `id`, the request describes that existing integration: its stored secret counts, and its own host is no clash.
 */
export async function validateScmIntegration(
  ctx: ServerContext,
  runner: RunnerRow,
  input: ValidateRunnerConfigurationRequest_ValidateSCMIntegration,
): Promise<SCMIntegrationValidationResult> {
  const existing = input.id ? getScmIntegration(ctx.db, input.id) : undefined;
  if (input.id && (!existing || existing.runner_id !== runner.id)) throw notFound(`SCM integration ${input.id} not found on this runner`);
  const host = input.host.trim().toLowerCase();
  const secret: DraftSecret =
    input.oauthClientSecret.case === "oauthPlaintextClientSecret"
      ? { kind: "plaintext", value: input.oauthClientSecret.value }
      : input.oauthClientSecret.case === "oauthEncryptedClientSecret"
        ? { kind: "encrypted", value: input.oauthClientSecret.value }
        : existing?.oauth_encrypted_client_secret
          ? { kind: "stored" }
          : { kind: "none" };
  const result = await checkScmIntegration(ctx, runner, {
    scmId: input.scmId,
    host,
    oauthClientId: input.oauthClientId ?? "",
    secret,
    pat: input.pat,
    issuerUrl: input.issuerUrl ?? "",
    virtualDirectory: input.virtualDirectory ?? "",
  });
  const clash = host ? findScmIntegrationByHost(ctx.db, runner.id, host) : undefined;
  if (clash && clash.id !== existing?.id && result.hostError === undefined) {
    result.hostError = `this runner already has an SCM integration for ${host}`;
    result.valid = false;
  }
  return result;
}
