import { describeError } from "../../lib/errors";

/** A failed mutation inside a form: readable reason by Connect code, the server's message as detail. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  const readable = describeError(error);
  return (
    <div
      role="alert"
      className="rounded-rc bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200"
    >
      <p>{readable.title}</p>
      {readable.detail ? <p className="mt-1 font-mono text-xs break-words">{readable.detail}</p> : null}
    </div>
  );
}
