// The pure half of the schema-form engine: schema fields → form entries (react-hook-form names, initial values,
// how each is rendered) and form values → FieldValue-style {key, value} strings. No React here.
import {
  defaultValue,
  encodeBool,
  enumOptions,
  fieldKind,
  fieldLabel,
  type EnumOption,
  type FieldKind,
  type SchemaField,
} from "../../../common/schema-fields";

export interface KeyValue {
  key: string;
  value: string;
}

/** A non-schema input the caller wants in the same <form> (e.g. displayName); server errors keyed by `key` land on it. */
export interface ExtraField {
  key: string;
  label: string;
  description?: string;
  required?: boolean;
  multiline?: boolean;
  maxLength?: number;
  defaultValue?: string;
}

export type FormValue = string | boolean;
export type FormValues = Record<string, FormValue>;

export type EntryControl = "switch" | "number" | "select" | "text" | "secret" | "readOnly" | "unknown";

export interface SchemaEntry {
  /** react-hook-form name; never the field id, whose dots RHF would read as nested paths. */
  name: string;
  field: SchemaField;
  key: string;
  label: string;
  kind: FieldKind;
  control: EntryControl;
  /** Whether a value must be given: the marker and the check (a stored secret counts as given). */
  required: boolean;
  /** A write-only field of any kind: never pre-filled, empty keeps the stored value. */
  secret: boolean;
  secretSet: boolean;
  /** Encoded initial value ("" for secrets: they are never pre-filled). */
  initial: string;
  /** An enum's choices, plus the initial value when it is not among them (so a stale value shows, and is rejected). */
  options: EnumOption[];
}

export interface ExtraEntry {
  name: string;
  extra: ExtraField;
  initial: string;
}

export interface FormModel {
  entries: SchemaEntry[];
  extras: ExtraEntry[];
  /** Editable field id or extra key → RHF name, for server errors. */
  nameByKey: Map<string, string>;
  defaultValues: FormValues;
}

export interface ModelInput {
  fields: readonly SchemaField[];
  values?: readonly KeyValue[];
  secretsSet?: ReadonlySet<string>;
  readOnlyIds?: ReadonlySet<string>;
  extraFields?: readonly ExtraField[];
}

const TEXT_LIKE: ReadonlySet<FieldKind> = new Set(["string", "int"]);
const BOOL_CHOICES: EnumOption[] = [
  { title: encodeBool(true), subtitle: "", detail: "" },
  { title: encodeBool(false), subtitle: "", detail: "" },
];

function controlOf(field: SchemaField, kind: FieldKind, readOnly: boolean): EntryControl {
  if (kind === "unknown") return "unknown";
  if (kind === "display" || readOnly) return "readOnly";
  if (field.secret && TEXT_LIKE.has(kind)) return "secret";
  // A switch always shows a value; a secret bool is a choice that starts empty ("keep the stored value").
  if (field.secret && kind === "bool") return "select";
  switch (kind) {
    case "bool":
      return "switch";
    case "int":
      return "number";
    case "enum":
      return "select";
    default:
      return "text";
  }
}

/** The schema default, except an int default of 0 (proto3's "unset") that lies outside the field's range. */
export function initialDefault(field: SchemaField): string {
  if (field.type.case === "int") {
    const { default: value, min, max } = field.type.value;
    const hasRange = min !== 0 || max !== 0;
    if (value === 0 && hasRange && (min > 0 || max < 0)) return "";
  }
  return defaultValue(field);
}

export function buildFormModel({
  fields,
  values = [],
  secretsSet,
  readOnlyIds,
  extraFields = [],
}: ModelInput): FormModel {
  const given = new Map(values.map((v) => [v.key, v.value]));
  const nameByKey = new Map<string, string>();
  const defaultValues: FormValues = {};
  const extras = extraFields.map((extra, i): ExtraEntry => {
    const entry = { name: `extra_${i}`, extra, initial: given.get(extra.key) ?? extra.defaultValue ?? "" };
    nameByKey.set(extra.key, entry.name);
    defaultValues[entry.name] = entry.initial;
    return entry;
  });
  const entries = fields.map((field, i): SchemaEntry => {
    const kind = fieldKind(field);
    const control = controlOf(field, kind, readOnlyIds?.has(field.id) ?? false);
    const secretSet = secretsSet?.has(field.id) ?? false;
    const editable = control !== "readOnly" && control !== "unknown";
    const secret = editable && field.secret;
    const initial = secret ? "" : (given.get(field.id) ?? initialDefault(field));
    const required = editable && field.required && kind !== "bool" && !(secret && secretSet);
    const entry: SchemaEntry = {
      name: `field_${i}`,
      field,
      key: field.id,
      label: fieldLabel(field),
      kind,
      control,
      required,
      secret,
      secretSet,
      initial,
      options: control === "select" ? choicesWith(kind === "bool" ? BOOL_CHOICES : enumOptions(field), initial) : [],
    };
    if (editable) {
      nameByKey.set(field.id, entry.name);
      defaultValues[entry.name] = toFormValue(entry, initial);
    }
    return entry;
  });
  return { entries, extras, nameByKey, defaultValues };
}

export function isEditable(entry: SchemaEntry): boolean {
  return entry.control !== "readOnly" && entry.control !== "unknown";
}

export function toFormValue(entry: SchemaEntry, encoded: string): FormValue {
  return entry.control === "switch" ? encoded === "true" : encoded;
}

export function encodeFormValue(value: FormValue | undefined): string {
  if (typeof value === "boolean") return encodeBool(value);
  return value ?? "";
}

function choicesWith(options: EnumOption[], initial: string): EnumOption[] {
  if (initial === "" || options.some((o) => o.title === initial)) return options;
  return [...options, { title: initial, subtitle: "", detail: "" }];
}

export interface SchemaFormResult {
  /** Every editable field with a value, in schema order; empty optional fields and untouched secrets are left out. */
  values: KeyValue[];
  /** Fields whose encoded value differs from the initial one (a cleared field is included with value ""). */
  changedValues: KeyValue[];
  /** Extra fields by key. */
  extra: Record<string, string>;
}

export function buildResult(model: FormModel, data: FormValues): SchemaFormResult {
  const values: KeyValue[] = [];
  const changedValues: KeyValue[] = [];
  for (const entry of model.entries) {
    if (!isEditable(entry)) continue;
    const value = encodeFormValue(data[entry.name]);
    if (value !== "") values.push({ key: entry.key, value });
    const changed = entry.secret ? value !== "" : value !== entry.initial;
    if (changed) changedValues.push({ key: entry.key, value });
  }
  const extra: Record<string, string> = {};
  for (const { name, extra: field } of model.extras) extra[field.key] = encodeFormValue(data[name]);
  return { values, changedValues, extra };
}

/** A content signature: the form remounts (fresh defaults) when the schema or the initial values change. */
export function modelSignature(input: ModelInput): string {
  return JSON.stringify([
    input.fields.map((f) => [f.id, f.name, f.description, f.required, f.secret, f.type.case, f.type.value]),
    input.values ?? [],
    [...(input.secretsSet ?? [])].sort(),
    [...(input.readOnlyIds ?? [])].sort(),
    input.extraFields ?? [],
  ]);
}
