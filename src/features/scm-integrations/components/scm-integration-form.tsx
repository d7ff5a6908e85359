import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { CopyableId } from "../../../components/ui/copyable-id";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { Switch } from "../../../components/ui/switch";
import type { RunnerConfigurationSchema_SCMConfigSchema } from "../../../gen/gitpod/v1/runner_configuration_pb";
import type { RunnerChoices } from "../../../api/fleet/use-runner-choices";
import { RunnerPickerControl } from "../../../components/pickers/runner-picker-field";
import { AZURE_DEVOPS, scmFormSchema, scmOffers, type ScmFormField, type ScmFormValues } from "../scm-form-model";
import { validatedRequest } from "../../../components/api-call/validated-request";
import { FormFooter, type FormSubmitProps } from "../../../components/ui/form-footer";
import { OAuthFields } from "./oauth-fields";

export interface ScmIntegrationFormProps extends FormSubmitProps<ScmFormValues> {
  /** The integration being edited (shown with a Copy button); undefined when creating one. */
  integrationId?: string;
  defaultValues: ScmFormValues;
  /** The runners the user may add integrations to (useRunnerChoices); the picker searches them. */
  runners: RunnerChoices;
  /** The runner is given (a runner's own tab, or edit): no picker. */
  runnerFixed: boolean;
  /** The given runner's name, shown instead of the picker. */
  runnerName?: string;
  /** The chosen runner's SCMs (schema.scm); undefined while loading. */
  scms: readonly RunnerConfigurationSchema_SCMConfigSchema[] | undefined;
  onRunnerChange: (runnerId: string) => void;
  /** Messages from ValidateRunnerConfiguration, placed on their fields; pass a stable array. */
  serverErrors: ReadonlyArray<{ field: ScmFormField; message: string }>;
  /** Hidden (not unmounted) while the dialog shows the review, so Back finds the edits as they were. */
  hidden?: boolean;
  /** e.g. "Show API call": `validated()` checks the form like a submit and resolves its values (undefined if invalid). */
  extraActions?: (validated: () => Promise<ScmFormValues | undefined>) => ReactNode;
}

const SAVE_AND_TEST_DESCRIPTION =
  "Save & test checks these settings on the server, saves the integration, then tests whether you can already reach the host through this runner (an OAuth connection or a personal access token of yours).";

/** Runner → SCM (from the runner's schema) → host, OAuth app, PAT; "Save & test" submits. Forms don't fetch. */
export function ScmIntegrationForm(props: ScmIntegrationFormProps) {
  const {
    integrationId,
    defaultValues,
    runners,
    runnerFixed,
    runnerName: fixedName,
    scms,
    onRunnerChange,
    serverErrors,
    onSubmit,
    onCancel,
    isSubmitting,
    error,
    hidden,
    extraActions,
  } = props;
  const form = useForm<ScmFormValues>({ resolver: zodResolver(scmFormSchema), defaultValues });
  const { register, control, handleSubmit, formState, watch, setValue, setError, getValues } = form;
  const errors = formState.errors;
  const [runnerId, scmId, oauthEnabled, patEnabled] = watch(["runnerId", "scmId", "oauthEnabled", "pat"]);
  const scm = scms?.find((s) => s.scmId === scmId);
  const editing = integrationId !== undefined;
  const offers = scmOffers(scm);

  // A method the SCM's schema does not offer is switched off; one already on (a stored integration) can still be turned off.
  useEffect(() => {
    if (!offers.oauth && getValues("oauthEnabled") && !editing) setValue("oauthEnabled", false);
    if (!offers.pat && getValues("pat") && !editing) setValue("pat", false);
  }, [offers.oauth, offers.pat, editing, getValues, setValue]);

  useEffect(() => onRunnerChange(runnerId), [runnerId, onRunnerChange]);

  // Prefill the host from the SCM's default hosts, unless the user typed their own.
  const prefilled = useRef(defaultValues.host);
  useEffect(() => {
    if (editing || !scm) return;
    const host = getValues("host");
    if (host === "" || host === prefilled.current) {
      const next = scm.defaultHosts[0] ?? "";
      prefilled.current = next;
      setValue("host", next, { shouldValidate: host !== "" });
    }
  }, [scm, editing, getValues, setValue]);

  // A server message for a field that is not on screen (read-only on edit, OAuth switched off) goes above the buttons.
  const shown = (field: ScmFormField) =>
    !(editing && (field === "scmId" || field === "host")) &&
    (field !== "oauthClientId" || getValues("oauthEnabled"));
  const unplaced = serverErrors.filter((e) => !shown(e.field)).map((e) => e.message);
  useEffect(() => {
    for (const { field, message } of serverErrors) {
      if (shown(field)) setError(field, { type: "server", message }, { shouldFocus: true });
    }
    // shown() reads the form at the time the errors arrive; re-running on its identity would re-apply them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverErrors, setError]);

  const runnerName = fixedName ?? runners.choices.find((choice) => choice.value === runnerId)?.label ?? runnerId;
  return (
    <form
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      className="space-y-4"
      noValidate
      aria-label={editing ? "Edit SCM integration" : "New SCM integration"}
      hidden={hidden}
    >
      {integrationId ? <CopyableId value={integrationId} label="Integration ID" /> : null}
      {runnerFixed ? (
        <p className="text-sm">
          <span className="text-slate-600 dark:text-slate-400">Runner:</span>{" "}
          <span className="font-medium">{runnerName}</span>
        </p>
      ) : (
        <RunnerPickerControl
          control={control}
          runners={runners}
          notListedNote="Runners where you are not an admin are not listed."
          noMatchText="No runner you may add SCM integrations to has this name"
        />
      )}
      {editing ? (
        <p className="text-sm">
          <span className="text-slate-600 dark:text-slate-400">SCM:</span>{" "}
          <span className="font-medium">{scm?.name ?? scmId}</span>
          <span className="ml-4 text-slate-600 dark:text-slate-400">Host:</span>{" "}
          <span className="font-medium">{defaultValues.host}</span>
          <span className="block text-xs text-slate-500 dark:text-slate-400">
            SCM and host cannot change; delete and re-create to move an integration.
          </span>
        </p>
      ) : (
        <>
          <Field
            label="SCM"
            required
            error={errors.scmId?.message}
            help={runnerId && !scms ? "Loading this runner's SCMs…" : undefined}
          >
            <Select
              placeholder={runnerId ? "Choose an SCM" : "Choose a runner first"}
              disabled={!scms}
              options={(scms ?? []).map((s) => ({ value: s.scmId, label: s.name }))}
              {...register("scmId")}
            />
          </Field>
          <Field
            label="Host"
            required
            error={errors.host?.message}
            help={
              scm ? `Default: ${scm.defaultHosts.join(", ")}. Change it for a self-hosted server.` : undefined
            }
          >
            <Input placeholder="github.com" autoComplete="off" spellCheck={false} {...register("host")} />
          </Field>
        </>
      )}
      {scmId === AZURE_DEVOPS ? (
        <Field
          label="Virtual directory"
          error={errors.virtualDirectory?.message}
          help="Azure DevOps Server only, e.g. /tfs. Leave empty for dev.azure.com."
        >
          <Input placeholder="/tfs" autoComplete="off" spellCheck={false} {...register("virtualDirectory")} />
        </Field>
      ) : null}
      <Switch
        label="OAuth app"
        help={
          offers.oauth
            ? "Users connect their account through the SCM's OAuth flow."
            : `${scm?.name ?? "This SCM"} offers no OAuth sign-in on this runner.`
        }
        disabled={!offers.oauth && !oauthEnabled}
        {...register("oauthEnabled")}
      />
      {oauthEnabled ? <OAuthFields form={form} scm={scm} /> : null}
      <Switch
        label="Personal access tokens"
        error={errors.pat?.message}
        disabled={!offers.pat && !patEnabled}
        help={
          !offers.pat ? (
            `${scm?.name ?? "This SCM"} offers no personal access tokens on this runner.`
          ) : scm?.pat ? (
            <>
              {scm.pat.description}{" "}
              {scm.pat.docsLink ? (
                <a href={scm.pat.docsLink} target="_blank" rel="noreferrer" className="text-link underline">
                  How to create one
                </a>
              ) : null}
            </>
          ) : (
            "Users may add a personal access token for this host."
          )
        }
        {...register("pat")}
      />
      {unplaced.length > 0 ? (
        <ul
          role="alert"
          className="list-disc rounded-rc bg-red-50 p-3 pl-7 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200"
        >
          {unplaced.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      <FormFooter
        onCancel={onCancel}
        isSubmitting={isSubmitting}
        error={error}
        submitLabel="Save & test"
        submitDescription={SAVE_AND_TEST_DESCRIPTION}
        extraActions={extraActions?.(validatedRequest(handleSubmit, (values) => values))}
      />
    </form>
  );
}
