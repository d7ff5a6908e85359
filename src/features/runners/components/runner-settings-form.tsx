import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "../../../components/ui/button";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { Switch } from "../../../components/ui/switch";
import { describeError } from "../../../lib/errors";
import { runnerSettingsSchema, type RunnerSettings } from "./runner-settings-schema";

interface RunnerSettingsFormProps {
  defaultValues: RunnerSettings;
  onSubmit: (values: RunnerSettings) => void | Promise<void>;
  isSubmitting: boolean;
  error: unknown;
  onBack: () => void;
}

/** Name, region and configuration of a new runner. Pure form: the wizard owns the request. */
export function RunnerSettingsForm({ defaultValues, onSubmit, isSubmitting, error, onBack }: RunnerSettingsFormProps) {
  const { register, handleSubmit, watch, formState } = useForm<RunnerSettings>({ defaultValues, resolver: zodResolver(runnerSettingsSchema) });
  const errors = formState.errors;
  const metricsEnabled = watch("metricsEnabled");
  const readable = error ? describeError(error) : null;
  return (
    <form noValidate aria-label="Runner settings" onSubmit={handleSubmit(onSubmit)} className="max-w-2xl space-y-5">
      <Field label="Name" required error={errors.name?.message}>
        <Input autoComplete="off" {...register("name")} />
      </Field>
      <Field label="Region" help="e.g. eu-central-1; leave empty to let the runner report it" error={errors.region?.message}>
        <Input autoComplete="off" {...register("region")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Release channel">
          <Select options={[{ value: "stable", label: "Stable" }, { value: "latest", label: "Latest" }]} {...register("releaseChannel")} />
        </Field>
        <Field label="Log level">
          <Select
            options={[
              { value: "debug", label: "Debug" },
              { value: "info", label: "Info" },
              { value: "warn", label: "Warning" },
              { value: "error", label: "Error" },
            ]}
            {...register("logLevel")}
          />
        </Field>
      </div>
      <Switch label="Auto-update" help="Install new runner versions automatically inside the update window" {...register("autoUpdate")} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Update window (UTC hours)</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Start hour (UTC)" error={errors.updateWindowStart?.message}>
            <Input inputMode="numeric" placeholder="0–23" {...register("updateWindowStart")} />
          </Field>
          <Field label="End hour (UTC)" help="Defaults to start + 2" error={errors.updateWindowEnd?.message}>
            <Input inputMode="numeric" placeholder="0–23" {...register("updateWindowEnd")} />
          </Field>
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Metrics</legend>
        <Switch label="Send metrics" {...register("metricsEnabled")} />
        {metricsEnabled ? (
          <div className="grid gap-4 sm:grid-cols-3">
            <Field label="Metrics URL" required error={errors.metricsUrl?.message} className="sm:col-span-3">
              <Input type="url" placeholder="https://prometheus.example.com/api/v1/write" {...register("metricsUrl")} />
            </Field>
            <Field label="Metrics username">
              <Input autoComplete="off" {...register("metricsUsername")} />
            </Field>
            <Field label="Metrics password" help="Write-only: never shown again">
              <Input type="password" autoComplete="new-password" {...register("metricsPassword")} />
            </Field>
          </div>
        ) : null}
      </fieldset>
      {readable ? (
        <div role="alert" className="rounded-rc bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
          <p>{readable.title}</p>
          {readable.detail ? <p className="mt-1 font-mono text-xs">{readable.detail}</p> : null}
        </div>
      ) : null}
      <div className="flex gap-2">
        <Button onClick={onBack} disabled={isSubmitting}>
          Back
        </Button>
        <Button type="submit" variant="primary" loading={isSubmitting}>
          Create runner
        </Button>
      </div>
    </form>
  );
}
