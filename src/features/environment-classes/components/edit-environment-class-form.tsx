import { zodResolver } from "@hookform/resolvers/zod";
import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "../../../components/ui/button";
import { Field } from "../../../components/ui/field";
import { FormError } from "../../../components/ui/form-error";
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

interface EditEnvironmentClassFormProps {
  defaultValues: EditEnvironmentClassValues;
  onSubmit: (values: EditEnvironmentClassValues) => void | Promise<void>;
  onCancel: () => void;
  isSubmitting: boolean;
  error: unknown;
  /** Read-only content after the fields (the fixed configuration). */
  children?: ReactNode;
}

export function EditEnvironmentClassForm({
  defaultValues,
  onSubmit,
  onCancel,
  isSubmitting,
  error,
  children,
}: EditEnvironmentClassFormProps) {
  const { register, handleSubmit, formState } = useForm<EditEnvironmentClassValues>({
    resolver: zodResolver(editEnvironmentClassSchema),
    defaultValues,
  });
  return (
    <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate className="space-y-4">
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
      <FormError error={error} />
      <div className="flex justify-end gap-2 pt-2">
        <Button onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={isSubmitting}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
