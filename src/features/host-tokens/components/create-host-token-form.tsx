import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import type { RunnerChoices } from "../../../api/fleet/use-runner-choices";
import { RunnerPickerControl } from "../../../components/pickers/runner-picker-field";
import { serverNow } from "../../../lib/server-clock";
import { fromLocalInputValue } from "../expiry";
import { createHostTokenSchema, type CreateHostTokenValues } from "../host-token-schemas";
import { validatedRequest } from "../../../components/api-call/validated-request";
import { FormFooter, type FormSubmitProps } from "../../../components/ui/form-footer";
import { HostField } from "./host-field";
import { TokenValueFields } from "./token-value-fields";

const DAY_MS = 24 * 3_600_000;

interface CreateHostTokenFormProps extends FormSubmitProps<CreateHostTokenValues> {
  /**
   * The runners to pick from; a fixed runner (a runner's own tab) means no picker, a default one (the page's
   * runner filter) is preselected.
   */
  runnerChoice: {
    /** useRunnerChoices: every runner the user can see, searchable. */
    runners: RunnerChoices;
    fixedRunnerId?: string;
    defaultRunnerId?: string;
    onChange: (runnerId: string) => void;
  };
  /** Org admins may add a token for another user; the signed-in user is named as the default. */
  subjectChoice: { allowed: boolean; selfName: string };
  /** The chosen runner's SCM integration hosts: the only hosts a token can be added for. */
  scmHosts: { hosts: readonly string[]; loading: boolean };
  /** Buttons before Cancel, given a validated read of the form (e.g. "Show API call"). */
  extraActions?: (validated: () => Promise<CreateHostTokenValues | undefined>) => ReactNode;
}

/** Under a day left: allowed, but worth a second look before saving. */
function expiresWithinADay(localValue: string): boolean {
  const date = fromLocalInputValue(localValue);
  if (!date) return false;
  const left = date.getTime() - serverNow();
  return left > 0 && left < DAY_MS;
}

export function CreateHostTokenForm(props: CreateHostTokenFormProps) {
  const { runnerChoice, subjectChoice, scmHosts, onSubmit, onCancel, isSubmitting, error, extraActions } = props;
  const { runners, fixedRunnerId, defaultRunnerId, onChange: onRunnerChange } = runnerChoice;
  const { register, control, handleSubmit, formState, watch, getValues, setValue } = useForm<CreateHostTokenValues>({
    resolver: zodResolver(createHostTokenSchema),
    defaultValues: {
      runnerId: fixedRunnerId ?? defaultRunnerId ?? "",
      host: "",
      token: "",
      source: "PAT",
      expiresAt: "",
      refreshToken: "",
      scopes: "",
      forWhom: "self",
      subjectId: "",
    },
  });
  const errors = formState.errors;
  const runnerId = watch("runnerId");
  const scopes = watch("scopes");
  const source = watch("source");
  const forWhom = watch("forWhom");
  const expiresSoon = expiresWithinADay(watch("expiresAt"));
  useEffect(() => onRunnerChange(runnerId), [runnerId, onRunnerChange]);
  // Another runner has other hosts: a host it has no integration for is cleared; a single one is chosen for you.
  const { hosts, loading } = scmHosts;
  useEffect(() => {
    if (loading || hosts.length === 0) return;
    const host = getValues("host");
    if (!hosts.includes(host)) setValue("host", hosts.length === 1 ? (hosts[0] ?? "") : "");
  }, [hosts, loading, getValues, setValue]);

  return (
    <form
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      className="space-y-4"
      noValidate
      aria-label="New host token"
    >
      {fixedRunnerId ? null : (
        <RunnerPickerControl
          control={control}
          runners={runners}
          noMatchText="No runner has this name"
        />
      )}
      <HostField registration={register("host")} error={errors.host?.message} hosts={hosts} loading={loading} runnerId={runnerId} />
      <Field label="Source" required error={errors.source?.message}>
        <Select
          options={[
            { value: "PAT", label: "Personal access token" },
            { value: "OAUTH", label: "OAuth" },
          ]}
          {...register("source")}
        />
      </Field>
      <TokenValueFields
        register={register}
        errors={errors}
        scopes={scopes}
        tokenRequired
        showRefreshToken={source === "OAUTH"}
        expiryWarning={expiresSoon ? "Expires within 24 hours: the runner can no longer reach the host as this user after that." : undefined}
        labels={{ token: "Token", refreshToken: "Refresh token" }}
        help={{
          token: "Stored encrypted; it is never shown again.",
          refreshToken: "Optional: lets the runner renew an OAuth token that expires.",
          expiresAt: "Leave empty for a token without expiry.",
          scopes: "Separated by commas or spaces, e.g. repo, read:org.",
        }}
      />
      {subjectChoice.allowed ? (
        <>
          <Field label="For user" required>
            <Select
              options={[
                { value: "self", label: `${subjectChoice.selfName} (you)` },
                { value: "other", label: "Another user of the organization…" },
              ]}
              {...register("forWhom")}
            />
          </Field>
          {forWhom === "other" ? (
            <Field
              label="User ID"
              required
              error={errors.subjectId?.message}
              help="The host tokens list shows each user's ID with a copy button."
            >
              <Input autoComplete="off" spellCheck={false} className="font-mono" {...register("subjectId")} />
            </Field>
          ) : null}
        </>
      ) : null}
      <FormFooter onCancel={onCancel} isSubmitting={isSubmitting} error={error} submitLabel="Add token"
        extraActions={extraActions?.(validatedRequest(handleSubmit, (values) => values))}
      />
    </form>
  );
}
