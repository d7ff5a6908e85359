import type { ReactNode } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { updateHostTokenSchema, type UpdateHostTokenValues } from "../host-token-schemas";
import { validatedRequest } from "../../../components/api-call/validated-request";
import { FormFooter, type FormSubmitProps } from "../../../components/ui/form-footer";
import { TokenValueFields } from "./token-value-fields";

interface UpdateHostTokenFormProps extends FormSubmitProps<UpdateHostTokenValues> {
  defaultValues: UpdateHostTokenValues;
  /** Buttons before Cancel, given a validated read of the form (e.g. "Show API call"). */
  extraActions?: (validated: () => Promise<UpdateHostTokenValues | undefined>) => ReactNode;
}

/** New value (rotate), refresh token, expiry, scopes; what is left as it was is not sent. */
export function UpdateHostTokenForm({
  defaultValues,
  onSubmit,
  onCancel,
  isSubmitting,
  error,
  extraActions,
}: UpdateHostTokenFormProps) {
  const { register, handleSubmit, formState, watch } = useForm<UpdateHostTokenValues>({
    resolver: zodResolver(updateHostTokenSchema),
    defaultValues,
  });
  const errors = formState.errors;
  return (
    <form
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      className="space-y-4"
      noValidate
      aria-label="Update host token"
    >
      <TokenValueFields
        register={register}
        errors={errors}
        scopes={watch("scopes")}
        tokenRequired={false}
        labels={{ token: "New token value", refreshToken: "New refresh token" }}
        help={{
          token: "Rotates the token. Leave empty to keep the current value (it is never shown).",
          refreshToken: "Leave empty to keep the current one.",
          expiresAt: "The API cannot remove an expiry once set.",
          scopes:
            "Separated by commas or spaces. Empty keeps the current scopes (the API cannot clear them).",
        }}
      />
      <FormFooter onCancel={onCancel} isSubmitting={isSubmitting} error={error} submitLabel="Save changes"
        extraActions={extraActions?.(validatedRequest(handleSubmit, (values) => values))}
      />
    </form>
  );
}
