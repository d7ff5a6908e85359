import type { MessageInitShape } from "@bufbuild/protobuf";
import { z } from "zod";
import type {
  CreateSCMIntegrationRequestSchema,
  DeleteSCMIntegrationRequestSchema,
  RunnerConfigurationSchema_SCMConfigSchema,
  SCMIntegration,
  SCMIntegrationValidationResult,
  UpdateSCMIntegrationRequestSchema,
  ValidateRunnerConfigurationRequestSchema,
} from "../../gen/gitpod/v1/runner_configuration_pb";

export const AZURE_DEVOPS = "azure-devops";
/** Issuer URLs are an OIDC-style setting of self-managed GitLab; other SCMs do not take one. */
export const ISSUER_URL_SCMS: ReadonlySet<string> = new Set(["gitlab"]);

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

export const scmFormSchema = z
  .object({
    runnerId: z.string().min(1, "Choose a runner"),
    scmId: z.string().min(1, "Choose an SCM"),
    host: z
      .string()
      .trim()
      .min(1, "Enter the host, e.g. github.com")
      .regex(HOST, "A host name such as github.com (no https://, no path)"),
    oauthEnabled: z.boolean(),
    oauthClientId: z.string().trim(),
    /** Empty on edit keeps the stored secret. */
    oauthClientSecret: z.string(),
    /** Whether a secret is stored already (edit): then the secret may stay empty. */
    secretStored: z.boolean(),
    issuerUrl: z.string().trim(),
    pat: z.boolean(),
    virtualDirectory: z.string().trim(),
  })
  .superRefine((values, ctx) => {
    if (values.oauthEnabled) {
      if (values.oauthClientId === "")
        ctx.addIssue({ code: "custom", path: ["oauthClientId"], message: "Enter the OAuth app's client ID" });
      if (values.oauthClientSecret === "" && !values.secretStored) {
        ctx.addIssue({
          code: "custom",
          path: ["oauthClientSecret"],
          message: "Enter the OAuth app's client secret",
        });
      }
      if (values.issuerUrl !== "" && !/^https:\/\/\S+$/.test(values.issuerUrl)) {
        ctx.addIssue({ code: "custom", path: ["issuerUrl"], message: "An absolute https:// URL, or empty" });
      }
    }
    if (!values.oauthEnabled && !values.pat) {
      ctx.addIssue({
        code: "custom",
        path: ["pat"],
        message: "Enable OAuth or personal access tokens (or both)",
      });
    }
    if (values.virtualDirectory !== "" && !/^\/[\w\-./]*$/.test(values.virtualDirectory)) {
      ctx.addIssue({ code: "custom", path: ["virtualDirectory"], message: "A path such as /tfs, or empty" });
    }
  });
export type ScmFormValues = z.infer<typeof scmFormSchema>;
export type ScmFormField = keyof ScmFormValues;

/** Which sign-in methods the SCM's schema offers; everything while the schema is unknown (the server decides). */
export function scmOffers(scm: RunnerConfigurationSchema_SCMConfigSchema | undefined): { oauth: boolean; pat: boolean } {
  if (!scm) return { oauth: true, pat: true };
  return { oauth: scm.oauth !== undefined, pat: scm.pat !== undefined };
}

export function newScmFormValues(runnerId = ""): ScmFormValues {
  return {
    runnerId,
    scmId: "",
    host: "",
    oauthEnabled: false,
    oauthClientId: "",
    oauthClientSecret: "",
    secretStored: false,
    issuerUrl: "",
    pat: true,
    virtualDirectory: "",
  };
}

/** The edit form's starting values: the stored secret is never pre-filled, only marked as stored. */
export function scmFormValuesOf(integration: SCMIntegration): ScmFormValues {
  return {
    runnerId: integration.runnerId,
    scmId: integration.scmId,
    host: integration.host,
    oauthEnabled: integration.oauth !== undefined,
    oauthClientId: integration.oauth?.clientId ?? "",
    oauthClientSecret: "",
    secretStored: (integration.oauth?.encryptedClientSecret.length ?? 0) > 0,
    issuerUrl: integration.oauth?.issuerUrl ?? "",
    pat: integration.pat,
    virtualDirectory: integration.virtualDirectory ?? "",
  };
}

function applicable(values: ScmFormValues) {
  return {
    issuerUrl: values.oauthEnabled && ISSUER_URL_SCMS.has(values.scmId) ? values.issuerUrl : "",
    virtualDirectory: values.scmId === AZURE_DEVOPS ? values.virtualDirectory : "",
  };
}

export function validateScmRequest(
  values: ScmFormValues,
  existingId?: string,
): MessageInitShape<typeof ValidateRunnerConfigurationRequestSchema> {
  const { issuerUrl, virtualDirectory } = applicable(values);
  const secret = values.oauthEnabled ? values.oauthClientSecret : "";
  return {
    runnerId: values.runnerId,
    config: {
      case: "scmIntegration",
      value: {
        id: existingId ?? "",
        scmId: values.scmId,
        host: values.host.trim().toLowerCase(),
        oauthClientId: values.oauthEnabled ? values.oauthClientId : undefined,
        oauthClientSecret:
          secret === "" ? { case: undefined } : { case: "oauthPlaintextClientSecret", value: secret },
        pat: values.pat,
        issuerUrl: issuerUrl || undefined,
        virtualDirectory: virtualDirectory || undefined,
      },
    },
  };
}

export function createScmRequest(
  values: ScmFormValues,
): MessageInitShape<typeof CreateSCMIntegrationRequestSchema> {
  const { issuerUrl, virtualDirectory } = applicable(values);
  return {
    runnerId: values.runnerId,
    scmId: values.scmId,
    host: values.host.trim().toLowerCase(),
    oauthClientId: values.oauthEnabled ? values.oauthClientId : undefined,
    oauthPlaintextClientSecret: values.oauthEnabled ? values.oauthClientSecret : undefined,
    pat: values.pat,
    issuerUrl: issuerUrl || undefined,
    virtualDirectory: virtualDirectory || undefined,
  };
}

/** Only the fields that changed (proto3 optional: absent = unchanged). Turning OAuth off sends an empty client ID. */
export function updateScmRequest(
  integration: SCMIntegration,
  values: ScmFormValues,
): MessageInitShape<typeof UpdateSCMIntegrationRequestSchema> {
  const before = scmFormValuesOf(integration);
  const { issuerUrl, virtualDirectory } = applicable(values);
  const clientId = values.oauthEnabled ? values.oauthClientId : "";
  const request: MessageInitShape<typeof UpdateSCMIntegrationRequestSchema> = { id: integration.id };
  if (clientId !== (before.oauthEnabled ? before.oauthClientId : "")) request.oauthClientId = clientId;
  if (values.oauthEnabled && values.oauthClientSecret !== "")
    request.oauthPlaintextClientSecret = values.oauthClientSecret;
  if (values.pat !== before.pat) request.pat = values.pat;
  if (issuerUrl !== before.issuerUrl) request.issuerUrl = issuerUrl;
  if (virtualDirectory !== before.virtualDirectory) request.virtualDirectory = virtualDirectory;
  return request;
}

export function deleteScmRequest(id: string): MessageInitShape<typeof DeleteSCMIntegrationRequestSchema> {
  return { id };
}

/** The server's validation messages by form field. */
export function fieldErrorsOf(
  result: SCMIntegrationValidationResult,
): Array<{ field: ScmFormField; message: string }> {
  const errors: Array<{ field: ScmFormField; message: string | undefined }> = [
    { field: "scmId", message: result.scmIdError },
    { field: "host", message: result.hostError },
    { field: "oauthClientId", message: result.oauthError },
    { field: "pat", message: result.patError },
  ];
  return errors.filter((e): e is { field: ScmFormField; message: string } => Boolean(e.message));
}
