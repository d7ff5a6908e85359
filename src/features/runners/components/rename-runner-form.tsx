import { zodResolver } from "@hookform/resolvers/zod";
import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { validatedRequest } from "../../../components/api-call/validated-request";
import { Button } from "../../../components/ui/button";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";

const renameSchema = z.object({
  name: z.string().trim().min(3, "Name must be at least 3 characters").max(127, "Name must be at most 127 characters"),
});
type RenameValues = z.infer<typeof renameSchema>;

interface RenameRunnerFormProps {
  defaultValues: RenameValues;
  onSubmit: (values: RenameValues) => void | Promise<void>;
  isSubmitting: boolean;
  /** Extra buttons beside Rename, given a validated read of the form (undefined while it is invalid). */
  extraActions?: (validated: () => Promise<RenameValues | undefined>) => ReactNode;
}

export function RenameRunnerForm({ defaultValues, onSubmit, isSubmitting, extraActions }: RenameRunnerFormProps) {
  const { register, handleSubmit, formState } = useForm<RenameValues>({ defaultValues, resolver: zodResolver(renameSchema) });
  return (
    <form noValidate aria-label="Rename runner" onSubmit={handleSubmit(onSubmit)} className="flex max-w-3xl flex-wrap items-end gap-3">
      <Field label="Runner name" required error={formState.errors.name?.message} className="min-w-64 flex-1">
        <Input autoComplete="off" {...register("name")} />
      </Field>
      <Button type="submit" variant="primary" loading={isSubmitting} className={formState.errors.name ? "mb-5" : undefined}>
        Rename
      </Button>
      {extraActions ? (
        <div className={formState.errors.name ? "mb-5" : undefined}>{extraActions(validatedRequest(handleSubmit, (values) => values))}</div>
      ) : null}
    </form>
  );
}
