import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "../../../components/ui/button";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";
import { updateHostTokenSchema, type UpdateHostTokenValues } from "../host-token-schemas";
import { FormError } from "../../../components/ui/form-error";
import { ScopesPreview } from "./scopes-preview";

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
      <Field
        label="New token value"
        error={errors.token?.message}
        help="Rotates the token. Leave empty to keep the current value (it is never shown)."
      >
        <Input type="password" autoComplete="new-password" spellCheck={false} {...register("token")} />
      </Field>
      <Field
        label="New refresh token"
        error={errors.refreshToken?.message}
        help="Leave empty to keep the current one."
      >
        <Input type="password" autoComplete="new-password" spellCheck={false} {...register("refreshToken")} />
      </Field>
      <Field
        label="Expires"
        error={errors.expiresAt?.message}
        help={`Your time zone (${zone}). The API cannot remove an expiry once set.`}
      >
        <Input type="datetime-local" {...register("expiresAt")} />
      </Field>
      <Field
        label="Scopes"
        error={errors.scopes?.message}
        help="Separated by commas or spaces. Empty keeps the current scopes (the API cannot clear them)."
      >
        <Input autoComplete="off" spellCheck={false} {...register("scopes")} />
      </Field>
      <ScopesPreview text={watch("scopes")} />
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
