// Field kinds of RunnerConfigurationSchema and the string encoding of their values (FieldValue.value):
// bool "true"/"false", int decimal, enum the chosen value's title, string as is. Shared by the form engine and
// the server's validation, so both sides agree on every rule and message.
import type {
  FieldValue,
  RunnerConfigurationSchema_EnumField_Value,
  RunnerConfigurationSchema_Field,
} from "../src/gen/gitpod/v1/runner_configuration_pb";
import { compileRe2 } from "./re2-pattern";

export type SchemaField = RunnerConfigurationSchema_Field;
export type FieldKind = "string" | "bool" | "int" | "enum" | "display" | "unknown";
export interface EnumOption {
  title: string;
  subtitle: string;
  detail: string;
}
export interface FieldError {
  key: string;
  error: string;
}

export function fieldKind(field: SchemaField): FieldKind {
  return field.type.case ?? "unknown";
}

/** A field's label: its name, or its id when the schema gives no name. */
export function fieldLabel(field: SchemaField): string {
  return field.name || field.id;
}

/** possibleValues, or the deprecated `values` strings when only those are present. */
export function enumOptions(field: SchemaField): EnumOption[] {
  if (field.type.case !== "enum") return [];
  const { possibleValues, values } = field.type.value;
  if (possibleValues.length > 0) return possibleValues.map(toOption);
  return values.map((title) => ({ title, subtitle: "", detail: "" }));
}

function toOption(value: RunnerConfigurationSchema_EnumField_Value): EnumOption {
  return { title: value.title, subtitle: value.subtitle, detail: value.detail };
}

/** The default as a FieldValue string ("" when the field has none). */
export function defaultValue(field: SchemaField): string {
  switch (field.type.case) {
    case "bool":
      return String(field.type.value.default);
    case "int":
      return String(field.type.value.default);
    case "enum":
      return field.type.value.defaultValue?.title || field.type.value.default || "";
    case "string":
    case "display":
      return field.type.value.default;
    default:
      return "";
  }
}

export function encodeBool(value: boolean): string {
  return value ? "true" : "false";
}

/** Validates one encoded value; returns a message naming the field and the rule, or undefined when valid. */
export function validateFieldValue(field: SchemaField, value: string | undefined): string | undefined {
  const label = fieldLabel(field);
  if (value === undefined || value === "") {
    return field.required && fieldKind(field) !== "display" && fieldKind(field) !== "bool" ? `${label} is required` : undefined;
  }
  switch (field.type.case) {
    case "bool":
      return value === "true" || value === "false" ? undefined : `${label} must be true or false`;
    case "int": {
      if (!/^-?\d+$/.test(value)) return `${label} must be a whole number`;
      const n = Number(value);
      const { min, max } = field.type.value;
      const hasRange = min !== 0 || max !== 0;
      if (hasRange && (n < min || n > max)) return `${label} must be between ${min} and ${max}`;
      return undefined;
    }
    case "enum": {
      const titles = enumOptions(field).map((o) => o.title);
      return titles.includes(value) ? undefined : `${label} must be one of ${titles.join(", ")}`;
    }
    case "string": {
      const { pattern } = field.type.value;
      if (pattern && !matchesPattern(pattern, value)) return patternMessage(field);
      return undefined;
    }
    case "display":
      return `${label} is read-only`;
    default:
      return `${label} has a type this console does not know`;
  }
}

/**
 * A pattern rule in words: people never see the regular expression in a message (the form shows it only behind
 * "Format details"). The field's description says what is expected, e.g. "Compute Engine zone, e.g. europe-west4-a."
 */
export function patternMessage(field: SchemaField): string {
  const label = fieldLabel(field);
  const about = field.description.trim();
  return about ? `${label} is not in the expected format. ${about}` : `${label} is not in the expected format`;
}

/**
 * The pattern (Go RE2) must match the whole value, as the API applies it. A pattern JavaScript cannot run even
 * after translation (common/re2-pattern.ts) is the server's to check: it passes here instead of rejecting all.
 */
export function matchesPattern(pattern: string, value: string): boolean {
  const compiled = compileRe2(pattern);
  return compiled.kind === "serverOnly" || compiled.regex.test(value);
}

/** Whether only the server can check this field's pattern (the form then says so on the field). */
export function patternCheckedByServerOnly(field: SchemaField): boolean {
  return field.type.case === "string" && field.type.value.pattern !== "" && compileRe2(field.type.value.pattern).kind === "serverOnly";
}

/**
 * Validates a whole configuration against schema fields: unknown and duplicate keys, required fields,
 * every value's rule. Display fields are informational and never required in a configuration.
 */
export function validateConfiguration(fields: SchemaField[], values: FieldValue[]): FieldError[] {
  const byId = new Map(fields.map((f) => [f.id, f]));
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const { key, value } of values) {
    const field = byId.get(key);
    if (!field) errors.push({ key, error: `${key} is not a field of this runner's schema` });
    else if (seen.has(key)) errors.push({ key, error: `${fieldLabel(field)} is given more than once` });
    else {
      const error = validateFieldValue(field, value);
      if (error) errors.push({ key, error });
    }
    seen.add(key);
  }
  for (const field of fields) {
    if (!seen.has(field.id) && field.required && fieldKind(field) !== "display") {
      errors.push({ key: field.id, error: `${fieldLabel(field)} is required` });
    }
  }
  return errors;
}
