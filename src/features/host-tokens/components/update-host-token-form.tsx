import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "../../../components/ui/button";
import { updateHostTokenSchema, type UpdateHostTokenValues } from "../host-token-schemas";
import { FormError } from "../../../components/ui/form-error";
import { TokenValueFields } from "./token-value-fields";

interface UpdateHostTokenFormProps {
  defaultValues: UpdateHostTokenValues;
  onSubmit: (values: UpdateHostTokenValues) => void | Promise<void>;
  onCancel: () => void;
  isSubmitting: boolean;
  error: unknown;
}

/** New value (rotate), refresh token, expiry, scopes; what is left as it was is not sent. */
export function UpdateHostTokenForm({
  defaultValues,
  onSubmit,
  onCancel,
  isSubmitting,
  error,
}: UpdateHostTokenFormProps) {
  const { register, handleSubmit, formState, watch } = useForm<UpdateHostTokenValues>({
    resolver: zodResolver(updateHostTokenSchema),
    defaultValues,
  });
  const errors = formState.errors;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
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
          expiresAt: `Your time zone (${zone}). The API cannot remove an expiry once set.`,
          scopes: "Separated by commas or spaces. Empty keeps the current scopes (the API cannot clear them).",
        }}
      />
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
