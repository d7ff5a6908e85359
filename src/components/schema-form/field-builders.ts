// Small builders for RunnerConfigurationSchema fields: tests, the forms benchmark and stories use them to write
// schemas briefly. Each returns a real protobuf message (create()), exactly what the API client yields.
import { create } from "@bufbuild/protobuf";
import {
  RunnerConfigurationSchema_BoolFieldSchema,
  RunnerConfigurationSchema_DisplayFieldSchema,
  RunnerConfigurationSchema_EnumField_ValueSchema,
  RunnerConfigurationSchema_EnumFieldSchema,
  RunnerConfigurationSchema_IntFieldSchema,
  RunnerConfigurationSchema_StringFieldSchema,
  RunnerConfigurationSchema_FieldSchema,
  type RunnerConfigurationSchema_Field,
} from "../../gen/gitpod/v1/runner_configuration_pb";

export interface FieldBasics {
  id: string;
  name?: string;
  description?: string;
  required?: boolean;
  secret?: boolean;
}

function field(
  basics: FieldBasics,
  type: RunnerConfigurationSchema_Field["type"],
): RunnerConfigurationSchema_Field {
  return create(RunnerConfigurationSchema_FieldSchema, { ...basics, type });
}

export function boolField(basics: FieldBasics, defaultValue = false) {
  return field(basics, {
    case: "bool",
    value: create(RunnerConfigurationSchema_BoolFieldSchema, { default: defaultValue }),
  });
}

export function intField(basics: FieldBasics, range: { min?: number; max?: number; default?: number } = {}) {
  return field(basics, { case: "int", value: create(RunnerConfigurationSchema_IntFieldSchema, range) });
}

export function stringField(basics: FieldBasics, options: { pattern?: string; default?: string } = {}) {
  return field(basics, {
    case: "string",
    value: create(RunnerConfigurationSchema_StringFieldSchema, options),
  });
}

export function displayField(basics: FieldBasics, text: string) {
  return field(basics, {
    case: "display",
    value: create(RunnerConfigurationSchema_DisplayFieldSchema, { default: text }),
  });
}

export interface EnumChoice {
  title: string;
  subtitle?: string;
  detail?: string;
}

export function enumField(basics: FieldBasics, choices: readonly EnumChoice[], defaultTitle?: string) {
  const possibleValues = choices.map((c) => create(RunnerConfigurationSchema_EnumField_ValueSchema, c));
  const defaultValue = possibleValues.find((v) => v.title === defaultTitle);
  return field(basics, {
    case: "enum",
    value: create(RunnerConfigurationSchema_EnumFieldSchema, { possibleValues, defaultValue }),
  });
}

/** An enum as older schemas send it: only the deprecated `values` and `default` strings. */
export function legacyEnumField(basics: FieldBasics, values: readonly string[], defaultTitle = "") {
  return field(basics, {
    case: "enum",
    value: create(RunnerConfigurationSchema_EnumFieldSchema, { values: [...values], default: defaultTitle }),
  });
}

/** A field whose `type` oneof this console does not know (as a newer server might send). */
export function unknownKindField(basics: FieldBasics) {
  return create(RunnerConfigurationSchema_FieldSchema, basics);
}
