import { Code } from "@connectrpc/connect";
import { useState, type FormEvent } from "react";
import { Button } from "../../../components/ui/button";
import { Field } from "../../../components/ui/field";
import { Input } from "../../../components/ui/input";
import type { ConsoleMode } from "../../../lib/console-config";
import { describeError, hasCode } from "../../../lib/errors";

export interface SignInFormProps {
  mode: ConsoleMode;
  onSubmit: (token: string) => void;
  isSubmitting: boolean;
  error: unknown;
}

/** The token field. A failed attempt keeps what was typed and shows why next to the field. */
export function SignInForm({ mode, onSubmit, isSubmitting, error }: SignInFormProps) {
  const [token, setToken] = useState("");
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = token.trim();
    setMissing(trimmed === "");
    if (trimmed) onSubmit(trimmed);
  };

  const label = mode === "proxy" ? "Gitpod personal access token" : "API token";
  const errorText = missing ? "Enter a token." : error ? signInErrorText(error) : undefined;
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <Field
        label={label}
        required
        error={errorText}
        help={
          mode === "proxy"
            ? "Create one in Gitpod under Settings → Access tokens. It stays on the console server, never in this browser."
            : "Local demo tokens are in data/demo-credentials.txt (in the server's DATA_DIR)."
        }
      >
        <Input
          type="password"
          name="token"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={token}
          onChange={(event) => setToken(event.target.value)}
        />
      </Field>
      <Button type="submit" variant="primary" className="w-full" loading={isSubmitting}>
        Sign in
      </Button>
    </form>
  );
}

function signInErrorText(error: unknown): string {
  if (hasCode(error, Code.Unauthenticated, Code.PermissionDenied)) return "This token was not accepted. Check it and try again.";
  const readable = describeError(error);
  return [readable.title, readable.detail].filter(Boolean).join(" ");
}
