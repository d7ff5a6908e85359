import { zodResolver } from "@hookform/resolvers/zod";
import type { ReactNode } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { runnerRoleLabels } from "../../../../common/enum-labels";
import { Combobox, type ComboboxOption } from "../../../components/ui/combobox";
import { Field } from "../../../components/ui/field";
import { validatedRequest } from "../../../components/api-call/validated-request";
import { FormFooter, type FormSubmitProps } from "../../../components/ui/form-footer";
import { Select } from "../../../components/ui/select";
import type { Group } from "../../../gen/gitpod/v1/group_pb";
import { RunnerRole } from "../../../gen/gitpod/v1/runner_pb";

export const addPolicySchema = z.object({
  groupId: z.string().min(1, "Choose a group"),
  role: z.enum(["USER", "ADMIN"]),
});
export type AddPolicyValues = z.infer<typeof addPolicySchema>;

export const roleFromValue: Record<AddPolicyValues["role"], RunnerRole> = {
  USER: RunnerRole.USER,
  ADMIN: RunnerRole.ADMIN,
};

export const roleOptions = [
  { value: "USER", label: `${runnerRoleLabels[RunnerRole.USER]} — may use the runner` },
  { value: "ADMIN", label: `${runnerRoleLabels[RunnerRole.ADMIN]} — may also change and share it` },
];

/** Groups as combobox options, by name, with their description searched too. */
export function groupChoices(groups: readonly Group[]): ComboboxOption[] {
  return groups
    .map((group) => ({ value: group.id, label: group.name, description: group.description || undefined }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

interface AddPolicyFormProps extends FormSubmitProps<AddPolicyValues> {
  /** Buttons before Cancel, given a validated read of the form (e.g. "Show API call"). */
  extraActions?: (validated: () => Promise<AddPolicyValues | undefined>) => ReactNode;
  /** The groups that may still be added (those without a policy on this runner). */
  groups: readonly Group[];
  defaultValues?: Partial<AddPolicyValues>;
}

/** Group (by name) + role; the dialog around it owns the mutation. */
export function AddPolicyForm({
  groups,
  defaultValues,
  onSubmit,
  onCancel,
  isSubmitting,
  error,
  extraActions,
}: AddPolicyFormProps) {
  const { register, control, handleSubmit, formState } = useForm<AddPolicyValues>({
    resolver: zodResolver(addPolicySchema),
    defaultValues: { groupId: "", role: "USER", ...defaultValues },
  });
  return (
    <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} className="space-y-4" noValidate>
      <Controller
        control={control}
        name="groupId"
        render={({ field, fieldState }) => (
          <Field label="Group" required error={fieldState.error?.message}>
            <Combobox
              placeholder="Search groups by name"
              options={groupChoices(groups)}
              value={field.value}
              onChange={field.onChange}
              inputRef={field.ref}
              onBlur={field.onBlur}
              noMatchText="No group without a role on this runner has this name"
            />
          </Field>
        )}
      />
      <Field label="Role" required error={formState.errors.role?.message}>
        <Select options={roleOptions} {...register("role")} />
      </Field>
      <FormFooter onCancel={onCancel} isSubmitting={isSubmitting} error={error} submitLabel="Add group"
        extraActions={extraActions?.(validatedRequest(handleSubmit, (values) => values))}
      />
    </form>
  );
}
