import { zodResolver } from "@hookform/resolvers/zod";
import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { validatedRequest } from "../../../components/api-call/validated-request";
import { Field } from "../../../components/ui/field";
import { FormFooter, type FormSubmitProps } from "../../../components/ui/form-footer";
import { Input } from "../../../components/ui/input";
import { Switch } from "../../../components/ui/switch";
import { Textarea } from "../../../components/ui/textarea";

// The API's length rules for the two texts (EnvironmentClass.display_name / description).
export const editEnvironmentClassSchema = z.object({
  displayName: z
    .string()
    .trim()
    .min(3, "Display name must be at least 3 characters")
    .max(127, "Display name must be at most 127 characters"),
  description: z
    .string()
    .trim()
    .min(3, "Description must be at least 3 characters")
    .max(200, "Description must be at most 200 characters"),
  enabled: z.boolean(),
});
export type EditEnvironmentClassValues = z.infer<typeof editEnvironmentClassSchema>;

interface EditEnvironmentClassFormProps extends FormSubmitProps<EditEnvironmentClassValues> {
  defaultValues: EditEnvironmentClassValues;
  /** Read-only content after the fields (the fixed configuration). */
  children?: ReactNode;
  /** Hidden (not unmounted) while the dialog shows the review, so Back finds the edits as they were. */
  hidden?: boolean;
  /** e.g. "Show API call": `validated()` checks the form like a submit and resolves its values (undefined if invalid). */
  extraActions?: (validated: () => Promise<EditEnvironmentClassValues | undefined>) => ReactNode;
}

export function EditEnvironmentClassForm({
  defaultValues,
  onSubmit,
  onCancel,
  isSubmitting,
  error,
  children,
  hidden,
  extraActions,
}: EditEnvironmentClassFormProps) {
  const { register, handleSubmit, formState } = useForm<EditEnvironmentClassValues>({
    resolver: zodResolver(editEnvironmentClassSchema),
    defaultValues,
  });
  return (
    <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate className="space-y-4" hidden={hidden}>
      <Field label="Display name" required error={formState.errors.displayName?.message}>
        <Input autoComplete="off" {...register("displayName")} />
      </Field>
      <Field label="Description" required error={formState.errors.description?.message}>
        <Textarea {...register("description")} />
      </Field>
      <Switch
        label="Enabled"
        help="Disabled classes stay listed but can't be used for new environments. Classes can't be deleted: disable one instead."
        {...register("enabled")}
      />
      {children}
      <FormFooter
        onCancel={onCancel}
        isSubmitting={isSubmitting}
        error={error}
        submitLabel="Save changes"
        extraActions={extraActions?.(validatedRequest(handleSubmit, (values) => values))}
      />
    </form>
  );
}
