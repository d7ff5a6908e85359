import { fieldLabel, type SchemaField } from "../../../common/schema-fields";
import type { FieldValue } from "../../gen/gitpod/v1/runner_configuration_pb";

export interface ConfigurationItem {
  key: string;
  label: string;
  /** The value as stored; secrets read "set" (the API never returns them). */
  value: string;
  secret: boolean;
}

/**
 * A class's configuration labelled by its runner's schema (field name, or the key when the schema is not loaded or
 * no longer has the field), in schema order first. Secret values are replaced: the API masks them anyway.
 */
export function describeConfiguration(
  configuration: readonly FieldValue[],
  fields: readonly SchemaField[] | undefined,
): ConfigurationItem[] {
  const byId = new Map((fields ?? []).map((field, index) => [field.id, { field, index }]));
  return configuration
    .map(({ key, value }) => {
      const known = byId.get(key);
      const secret = known?.field.secret ?? false;
      return {
        item: {
          key,
          label: known ? fieldLabel(known.field) : key,
          value: secret ? (value ? "set" : "not set") : value,
          secret,
        },
        order: known?.index ?? Number.MAX_SAFE_INTEGER,
      };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ item }) => item);
}

/** One line for a list cell: "Instance type: m6i.xlarge · Disk size (GiB): 100". */
export function summarizeConfiguration(items: readonly ConfigurationItem[], max = 3): string {
  if (items.length === 0) return "Default configuration";
  const shown = items.slice(0, max).map((item) => `${item.label}: ${item.value}`);
  const rest = items.length - max;
  return rest > 0 ? `${shown.join(" · ")} · +${rest} more` : shown.join(" · ");
}
