import type { ReactNode } from "react";
import { ErrorMessage } from "../../../components/ui/error-message";

/** The answer area under a tool's form: announced to screen readers when it changes. */
export function ToolAnswer({ children }: { children: ReactNode }) {
  return (
    <div role="status" aria-live="polite" className="mt-3 text-sm empty:hidden">
      {children}
    </div>
  );
}

/** An RPC failure shown inline: one readable sentence and the link to its fix. */
export function ToolError({ error }: { error: unknown }) {
  return (
    <div className="rounded-rc border border-red-200 bg-red-50 p-3 text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200">
      <ErrorMessage error={error} />
    </div>
  );
}
