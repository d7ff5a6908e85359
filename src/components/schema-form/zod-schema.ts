// The zod schema of a form model, built at runtime. Every rule and message comes from common/schema-fields.ts,
// so the browser says exactly what the server would ("CPU must be between 1 and 64"). Needs
// z.config({ jitless: true }) at start-up (done in src/main.tsx): no eval under the console's CSP.
import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import { z } from "zod";
import { patternMessage, validateFieldValue } from "../../../common/schema-fields";
import {
  isEditable,
  type ExtraEntry,
  type FormModel,
  type FormValue,
  type FormValues,
  type SchemaEntry,
} from "./form-model";

export function validateEntry(entry: SchemaEntry, value: string): string | undefined {
  if (entry.secret && value === "") {
    return entry.required ? `${entry.label} is required` : undefined;
  }
  const message = validateFieldValue(entry.field, value);
  // The field's description, which words the format, is shown right under the message already.
  return message === patternMessage(entry.field) ? `${entry.label} is not in the expected format` : message;
}

export function validateExtra({ extra }: ExtraEntry, value: string): string | undefined {
  if (extra.required && value.trim() === "") return `${extra.label} is required`;
  if (extra.maxLength !== undefined && value.length > extra.maxLength) {
    return `${extra.label} must be at most ${extra.maxLength} characters`;
  }
  return undefined;
}

function checkedString(check: (value: string) => string | undefined) {
  return z.string().superRefine((value, ctx) => {
    const message = check(value);
    if (message) ctx.addIssue({ code: "custom", message });
  });
}

export function buildZodSchema(model: FormModel) {
  const shape: Record<string, z.ZodType<FormValue, FormValue>> = {};
  for (const entry of model.extras) shape[entry.name] = checkedString((v) => validateExtra(entry, v));
  for (const entry of model.entries) {
    if (!isEditable(entry)) continue;
    shape[entry.name] =
      entry.control === "switch" ? z.boolean() : checkedString((v) => validateEntry(entry, v));
  }
  return z.object(shape);
}

/** The resolver of a form model, building its zod schema at the first validation: a mount does not pay for it. */
export function lazyZodResolver(model: FormModel): Resolver<FormValues> {
  let resolver: Resolver<FormValues> | undefined;
  return (values, context, options) => {
    resolver ??= zodResolver(buildZodSchema(model));
    return resolver(values, context, options);
  };
}
