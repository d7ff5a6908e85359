import { ErrorMessage } from "./error-message";

/** A failed mutation inside a form: one readable sentence, the link to its fix, the raw text behind "Details". */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <div role="alert" className="rounded-rc bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
      <ErrorMessage error={error} />
    </div>
  );
}
