import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, type ReactNode } from "react";
import { validatedRequest } from "../../../components/api-call/validated-request";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "../../../components/ui/button";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";

export interface ToolField {
  name: string;
  label: string;
  required?: boolean;
  /** "url" checks for an http(s) URL. */
  type?: "text" | "url";
  placeholder?: string;
  help?: string;
  options?: ReadonlyArray<{ value: string; label: string }>;
}

export type ToolValues = Record<string, string>;

interface ToolFormProps {
  /** Accessible name of the form, e.g. "Check authentication for a host". */
  label: string;
  fields: readonly ToolField[];
  defaultValues: ToolValues;
  onSubmit: (values: ToolValues) => void | Promise<void>;
  isSubmitting: boolean;
  submitLabel: string;
  /** Buttons after the submit button, given a validated read of the form (e.g. "Show API call"). */
  extraActions?: (validated: () => Promise<ToolValues | undefined>) => ReactNode;
}

function schemaOf(fields: readonly ToolField[]) {
  return z.record(z.string(), z.string()).superRefine((values, ctx) => {
    for (const field of fields) {
      const value = (values[field.name] ?? "").trim();
      if (field.required && value === "") ctx.addIssue({ code: "custom", path: [field.name], message: `${field.label} is required` });
      else if (field.type === "url" && value !== "" && !z.url({ protocol: /^https?$/ }).safeParse(value).success) {
        ctx.addIssue({ code: "custom", path: [field.name], message: `${field.label} must be an http(s) URL` });
      }
    }
  });
}

/** A small inline form for one tool RPC; the tool component owns the request and renders the answer. */
export function ToolForm({ label, fields, defaultValues, onSubmit, isSubmitting, submitLabel, extraActions }: ToolFormProps) {
  const resolver = useMemo(() => zodResolver(schemaOf(fields)), [fields]);
  const { register, handleSubmit, formState } = useForm<ToolValues>({ defaultValues, resolver });
  return (
    <form noValidate aria-label={label} onSubmit={handleSubmit(onSubmit)} className="flex max-w-3xl flex-wrap items-end gap-3">
      {fields.map((field) => (
        <Field
          key={field.name}
          label={field.label}
          required={field.required}
          help={field.help}
          error={formState.errors[field.name]?.message}
          className={field.options ? "w-40" : "min-w-56 flex-1"}
        >
          {field.options ? (
            <Select options={field.options} {...register(field.name)} />
          ) : (
            <Input type={field.type === "url" ? "url" : "text"} placeholder={field.placeholder} autoComplete="off" {...register(field.name)} />
          )}
        </Field>
      ))}
      <Button type="submit" variant="primary" loading={isSubmitting} className={Object.keys(formState.errors).length > 0 ? "mb-5" : undefined}>
        {submitLabel}
      </Button>
      {extraActions ? (
        <div className={Object.keys(formState.errors).length > 0 ? "mb-5" : undefined}>{extraActions(validatedRequest(handleSubmit, (values) => values))}</div>
      ) : null}
    </form>
  );
}
