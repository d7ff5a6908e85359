import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";
import { ScopesPreview } from "./scopes-preview";

type TokenValueField = "token" | "refreshToken" | "expiresAt" | "scopes";

interface TokenValueFieldsProps {
  /** The surrounding form's `register` and `formState.errors`; its values include these four fields. */
  register: (name: TokenValueField) => UseFormRegisterReturn;
  errors: Partial<Record<TokenValueField, { message?: string }>>;
  /** The scopes as typed so far, for the preview. */
  scopes: string;
  /** Whether the token value must be given (adding) or may stay as it is (updating). */
  tokenRequired: boolean;
  /** The refresh token only means something for OAuth tokens; adding a PAT hides it. */
  showRefreshToken?: boolean;
  /** A note under the expiry (e.g. "expires within 24 hours"), announced politely. */
  expiryWarning?: string;
  labels: { token: string; refreshToken: string };
  /** The expiry's help follows a note of the user's time zone. */
  help: Record<TokenValueField, string>;
}

/** The secret value, refresh token, expiry and scopes that adding and updating a host token share. */
export function TokenValueFields({
  register,
  errors,
  scopes,
  tokenRequired,
  showRefreshToken = true,
  expiryWarning,
  labels,
  help,
}: TokenValueFieldsProps) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <>
      <Field label={labels.token} required={tokenRequired} error={errors.token?.message} help={help.token}>
        <Input type="password" autoComplete="new-password" spellCheck={false} {...register("token")} />
      </Field>
      {showRefreshToken ? (
        <Field label={labels.refreshToken} error={errors.refreshToken?.message} help={help.refreshToken}>
          <Input type="password" autoComplete="new-password" spellCheck={false} {...register("refreshToken")} />
        </Field>
      ) : null}
      <Field
        label="Expires"
        error={errors.expiresAt?.message}
        help={`Your time zone (${zone}). ${help.expiresAt}`}
      >
        <Input type="datetime-local" {...register("expiresAt")} />
      </Field>
      <p role="status" className="text-xs font-medium text-amber-700 empty:hidden dark:text-amber-300">
        {expiryWarning}
      </p>
      <Field label="Scopes" error={errors.scopes?.message} help={help.scopes}>
        <Input autoComplete="off" spellCheck={false} {...register("scopes")} />
      </Field>
      <ScopesPreview text={scopes} />
    </>
  );
}
