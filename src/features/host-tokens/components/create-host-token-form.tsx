import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
import { createHostTokenSchema, type CreateHostTokenValues } from "../host-token-schemas";
import { FormFooter, type FormSubmitProps } from "../../../components/ui/form-footer";
import { TokenValueFields } from "./token-value-fields";

interface CreateHostTokenFormProps extends FormSubmitProps<CreateHostTokenValues> {
  /**
   * The runners to pick from; a fixed runner (a runner's own tab) means no picker, a default one (the page's
   * runner filter) is preselected.
   */
  runnerChoice: {
    runners: readonly Runner[];
    fixedRunnerId?: string;
    defaultRunnerId?: string;
    onChange: (runnerId: string) => void;
  };
  /** Org admins may create a token for another user (by ID). */
  canChooseSubject: boolean;
  /** Hosts with an SCM integration on the chosen runner, offered as suggestions. */
  hostSuggestions: readonly string[];
}

export function CreateHostTokenForm(props: CreateHostTokenFormProps) {
  const { runnerChoice, canChooseSubject, hostSuggestions, onSubmit, onCancel, isSubmitting, error } = props;
  const { runners, fixedRunnerId, defaultRunnerId, onChange: onRunnerChange } = runnerChoice;
  const { register, handleSubmit, formState, watch } = useForm<CreateHostTokenValues>({
    resolver: zodResolver(createHostTokenSchema),
    defaultValues: {
      runnerId: fixedRunnerId ?? defaultRunnerId ?? "",
      host: "",
      token: "",
      source: "PAT",
      expiresAt: "",
      refreshToken: "",
      scopes: "",
      subjectId: "",
    },
  });
  const errors = formState.errors;
  const runnerId = watch("runnerId");
  const scopes = watch("scopes");
  useEffect(() => onRunnerChange(runnerId), [runnerId, onRunnerChange]);

  return (
    <form
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      className="space-y-4"
      noValidate
      aria-label="New host token"
    >
      {fixedRunnerId ? null : (
        <Field label="Runner" required error={errors.runnerId?.message}>
          <Select
            placeholder="Choose a runner"
            options={runners.map((r) => ({ value: r.runnerId, label: r.name }))}
            {...register("runnerId")}
          />
        </Field>
      )}
      <Field
        label="Host"
        required
        error={errors.host?.message}
        help="The runner needs an SCM integration for this host that allows the chosen source."
      >
        <Input
          list="host-token-host-suggestions"
          placeholder="github.com"
          autoComplete="off"
          spellCheck={false}
          {...register("host")}
        />
      </Field>
      <datalist id="host-token-host-suggestions">
        {hostSuggestions.map((host) => (
          <option key={host} value={host} />
        ))}
      </datalist>
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
        labels={{ token: "Token", refreshToken: "Refresh token" }}
        help={{
          token: "Stored encrypted; it is never shown again.",
          refreshToken: "Optional (OAuth tokens that expire).",
          expiresAt: "Leave empty for a token without expiry.",
          scopes: "Separated by commas or spaces, e.g. repo, read:org.",
        }}
      />
      {canChooseSubject ? (
        <Field
          label="For user (ID)"
          error={errors.subjectId?.message}
          help="Leave empty to add the token for yourself."
        >
          <Input autoComplete="off" spellCheck={false} className="font-mono" {...register("subjectId")} />
        </Field>
      ) : null}
      <FormFooter onCancel={onCancel} isSubmitting={isSubmitting} error={error} submitLabel="Add token" />
    </form>
  );
}
