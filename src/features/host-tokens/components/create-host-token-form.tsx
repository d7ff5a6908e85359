import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { Button } from "../../../components/ui/button";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
import { createHostTokenSchema, type CreateHostTokenValues } from "../host-token-schemas";
import { FormError } from "../../../components/ui/form-error";
import { TokenValueFields } from "./token-value-fields";

interface CreateHostTokenFormProps {
  runners: readonly Runner[];
  /** The runner is given (a runner's own tab): no picker. */
  fixedRunnerId?: string;
  /** Org admins may create a token for another user (by ID). */
  canChooseSubject: boolean;
  /** Hosts with an SCM integration on the chosen runner, offered as suggestions. */
  hostSuggestions: readonly string[];
  onRunnerChange: (runnerId: string) => void;
  onSubmit: (values: CreateHostTokenValues) => void | Promise<void>;
  onCancel: () => void;
  isSubmitting: boolean;
  error: unknown;
}

export function CreateHostTokenForm(props: CreateHostTokenFormProps) {
  const {
    runners,
    fixedRunnerId,
    canChooseSubject,
    hostSuggestions,
    onRunnerChange,
    onSubmit,
    onCancel,
    isSubmitting,
    error,
  } = props;
  const { register, handleSubmit, formState, watch } = useForm<CreateHostTokenValues>({
    resolver: zodResolver(createHostTokenSchema),
    defaultValues: {
      runnerId: fixedRunnerId ?? "",
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
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

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
          expiresAt: `Your time zone (${zone}). Leave empty for a token without expiry.`,
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
      <FormError error={error} />
      <div className="flex justify-end gap-2 pt-2">
        <Button onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={isSubmitting}>
          Add token
        </Button>
      </div>
    </form>
  );
}
