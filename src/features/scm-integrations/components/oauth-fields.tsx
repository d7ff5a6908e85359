import type { UseFormReturn } from "react-hook-form";
import { CopyButton } from "../../../components/ui/copy-button";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";
import type { RunnerConfigurationSchema_SCMConfigSchema } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { ISSUER_URL_SCMS, type ScmFormValues } from "../scm-form-model";

interface OAuthFieldsProps {
  form: UseFormReturn<ScmFormValues>;
  scm: RunnerConfigurationSchema_SCMConfigSchema | undefined;
}

/** Callback URL to register in the SCM's OAuth app, then its client ID and secret (write-only: "set", never shown). */
export function OAuthFields({ form, scm }: OAuthFieldsProps) {
  const { register, formState, watch } = form;
  const errors = formState.errors;
  const [scmId, secretStored] = watch(["scmId", "secretStored"]);
  const callbackUrl = scm?.oauth?.callbackUrl ?? "";
  return (
    <fieldset className="space-y-4 rounded-rc border border-slate-200 p-4 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium text-slate-800 dark:text-slate-200">
        OAuth app details
      </legend>
      {callbackUrl ? (
        <div className="space-y-1.5">
          <p className="text-sm font-medium text-slate-800 dark:text-slate-200" id="oauth-callback-label">
            Callback URL
          </p>
          <div className="flex items-center gap-2">
            <code
              aria-labelledby="oauth-callback-label"
              className="min-w-0 flex-1 truncate rounded bg-slate-100 px-2 py-1.5 text-xs dark:bg-slate-800"
              title={callbackUrl}
            >
              {callbackUrl}
            </code>
            <CopyButton value={callbackUrl} label="Copy" aria-label="Copy callback URL" />
          </div>
          <p className="text-xs text-slate-500 dark:text-slate-400">
            Register this as the redirect/callback URL of the OAuth app.
          </p>
        </div>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Choose an SCM to see the callback URL to register.
        </p>
      )}
      <Field label="Client ID" required error={errors.oauthClientId?.message}>
        <Input autoComplete="off" spellCheck={false} {...register("oauthClientId")} />
      </Field>
      <Field
        label="Client secret"
        required={!secretStored}
        error={errors.oauthClientSecret?.message}
        help={
          secretStored
            ? "Set. Leave empty to keep the stored secret; type a new one to replace it."
            : "Sealed to the runner's public key; never shown again."
        }
      >
        <Input
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          placeholder={secretStored ? "set" : undefined}
          {...register("oauthClientSecret")}
        />
      </Field>
      {ISSUER_URL_SCMS.has(scmId) ? (
        <Field
          label="Issuer URL"
          error={errors.issuerUrl?.message}
          help="Optional: for self-managed GitLab with its own OpenID issuer."
        >
          <Input
            type="url"
            placeholder="https://gitlab.example.com"
            autoComplete="off"
            spellCheck={false}
            {...register("issuerUrl")}
          />
        </Field>
      ) : null}
    </fieldset>
  );
}
