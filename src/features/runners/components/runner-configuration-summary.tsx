import { isKnownConfigPath, isSecretSet, readConfigValue } from "../../../../common/runner-config-paths";
import type { RunnerConfigurationSchema_Field } from "../../../gen/gitpod/v1/runner_configuration_pb";
import type { RunnerConfiguration } from "../../../gen/gitpod/v1/runner_pb";

/** A field's stored value as a reader sees it: On/Off, "set"/"not set" for write-only secrets, "Not set" when empty. */
export function configurationValueText(field: RunnerConfigurationSchema_Field, config: RunnerConfiguration | undefined): string {
  if (field.type.case === "display") return field.type.value.default;
  if (!config || !isKnownConfigPath(field.id)) return "Not set";
  if (field.secret) return isSecretSet(config, field.id) ? "Set (hidden)" : "Not set";
  return fieldValueText(field, readConfigValue(config, field.id) ?? "");
}

/** A FieldValue string as a reader sees it: On/Off for switches, "Not set" when empty. */
export function fieldValueText(field: RunnerConfigurationSchema_Field, value: string): string {
  if (field.type.case === "bool") return value === "true" ? "On" : "Off";
  return value || "Not set";
}

interface RunnerConfigurationSummaryProps {
  fields: readonly RunnerConfigurationSchema_Field[];
  config: RunnerConfiguration | undefined;
}

/** The configuration for someone who may not change it: label, value and what the setting does — no inputs. */
export function RunnerConfigurationSummary({ fields, config }: RunnerConfigurationSummaryProps) {
  return (
    <dl aria-label="Runner configuration" className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
      {fields.map((field) => {
        const value = configurationValueText(field, config);
        return (
          <div key={field.id} className="grid gap-1 py-3 first:pt-0 last:pb-0 sm:grid-cols-[16rem_1fr] sm:gap-6">
            <dt>
              <span className="text-slate-800 dark:text-slate-200">{field.name || field.id}</span>
              {field.description ? <span className="mt-0.5 block text-xs text-slate-500 dark:text-slate-400">{field.description}</span> : null}
            </dt>
            <dd className={value === "Not set" ? "text-slate-500 dark:text-slate-400" : "break-words text-slate-900 dark:text-slate-100"}>{value}</dd>
          </div>
        );
      })}
    </dl>
  );
}
