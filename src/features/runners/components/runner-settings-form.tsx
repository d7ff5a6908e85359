import type { ReactNode } from "react";
import type { UseFormReturn } from "react-hook-form";
import { LOG_LEVEL_TITLES, RELEASE_CHANNEL_TITLES } from "../../../../common/runner-config-paths";
import { RUNNER_CONFIG_TEXT } from "../../../../common/runner-config-text";
import { Button } from "../../../components/ui/button";
import { ErrorMessage } from "../../../components/ui/error-message";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { Switch } from "../../../components/ui/switch";
import type { RunnerSettings } from "./runner-settings-schema";
import { RunnerManagerField } from "./runner-manager-field";

interface RunnerSettingsFormProps {
  /** Owned by the wizard, so the values survive going back to the provider step. */
  form: UseFormReturn<RunnerSettings>;
  managed: boolean;
  onSubmit: (values: RunnerSettings) => void | Promise<void>;
  isSubmitting: boolean;
  error: unknown;
  onBack: () => void;
  /** Extra buttons beside Create (e.g. "Show API call"). */
  extraActions?: ReactNode;
}

/** The Configuration tab's words for a setting (one source: common/runner-config-text.ts). */
const text = (id: string) => RUNNER_CONFIG_TEXT[id] ?? { name: id, description: "" };
const options = (table: ReadonlyArray<readonly [unknown, string]>) => table.map(([, title]) => ({ value: title, label: title }));

/** Name, region and configuration of a new runner. Pure form: the wizard owns the request. */
export function RunnerSettingsForm({ form, managed, onSubmit, isSubmitting, error, onBack, extraActions }: RunnerSettingsFormProps) {
  const { register, handleSubmit, watch, formState } = form;
  const errors = formState.errors;
  const metricsEnabled = watch("metricsEnabled");
  return (
    <form noValidate aria-label="Runner settings" onSubmit={handleSubmit(onSubmit)} className="max-w-2xl space-y-5">
      <Field label="Name" required error={errors.name?.message}>
        <Input autoComplete="off" {...register("name")} />
      </Field>
      {managed ? <RunnerManagerField error={errors.runnerManagerId?.message} {...register("runnerManagerId")} /> : null}
      <Field label="Region" help="e.g. eu-central-1; leave empty to let the runner report it" error={errors.region?.message}>
        <Input autoComplete="off" {...register("region")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={text("releaseChannel").name} help={text("releaseChannel").description}>
          <Select options={options(RELEASE_CHANNEL_TITLES)} {...register("releaseChannel")} />
        </Field>
        <Field label={text("logLevel").name} help={text("logLevel").description}>
          <Select options={options(LOG_LEVEL_TITLES)} {...register("logLevel")} />
        </Field>
      </div>
      <Switch label={text("autoUpdate").name} help={text("autoUpdate").description} {...register("autoUpdate")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={text("updateWindow.startHour").name} help={text("updateWindow.startHour").description} error={errors.updateWindowStart?.message}>
          <Input inputMode="numeric" placeholder="0–23" {...register("updateWindowStart")} />
        </Field>
        <Field label={text("updateWindow.endHour").name} help={text("updateWindow.endHour").description} error={errors.updateWindowEnd?.message}>
          <Input inputMode="numeric" placeholder="0–23" {...register("updateWindowEnd")} />
        </Field>
      </div>
      <fieldset className="space-y-3">
        <legend className="sr-only">Metrics</legend>
        <Switch label={text("metrics.enabled").name} help={text("metrics.enabled").description} {...register("metricsEnabled")} />
        {metricsEnabled ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={text("metrics.url").name} help={text("metrics.url").description} required error={errors.metricsUrl?.message} className="sm:col-span-2">
              <Input type="url" placeholder="https://prometheus.example.com/api/v1/write" {...register("metricsUrl")} />
            </Field>
            <Field label={text("metrics.username").name} help={text("metrics.username").description}>
              <Input autoComplete="off" {...register("metricsUsername")} />
            </Field>
            <Field label={text("metrics.password").name} help={text("metrics.password").description}>
              <Input type="password" autoComplete="new-password" {...register("metricsPassword")} />
            </Field>
          </div>
        ) : null}
      </fieldset>
      {error ? (
        <div role="alert" className="rounded-rc bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
          <ErrorMessage error={error} />
        </div>
      ) : null}
      <div className="flex gap-2">
        <Button onClick={onBack} disabled={isSubmitting}>
          Back
        </Button>
        <Button type="submit" variant="primary" loading={isSubmitting}>
          Create runner
        </Button>
        {extraActions}
      </div>
    </form>
  );
}
