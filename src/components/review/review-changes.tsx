import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "../ui/button";
import { FormError } from "../ui/form-error";

/** One changed field: its label as the form shows it, old and new as a reader sees them. */
export interface ChangeRow {
  key: string;
  label: string;
  before: string;
  after: string;
  /** A write-only value: shown only as "changed", never its value. */
  secret?: boolean;
}

interface ReviewChangesProps {
  /** e.g. "Review 2 changes to Production runner". */
  title: string;
  changes: readonly ChangeRow[];
  /** Fields sent unchanged alongside (the server checks them together), by label. */
  alsoSent?: readonly string[];
  onApply: () => void | Promise<void>;
  onBack: () => void;
  isApplying: boolean;
  error?: unknown;
  /** e.g. a "Show API call" button for the request Apply sends. */
  extraActions?: ReactNode;
}

/** What Apply will change, field by field (old → new); Back returns to the form with the edits as they were. */
export function ReviewChanges({ title, changes, alsoSent = [], onApply, onBack, isApplying, error, extraActions }: ReviewChangesProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="text-base font-semibold focus:outline-none">
        {title}
      </h3>
      <ul aria-label="Changes" className="divide-y divide-slate-100 rounded-rc border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
        {changes.map((change) => (
          <li key={change.key} className="grid gap-1 px-3 py-2.5 sm:grid-cols-[14rem_1fr] sm:gap-4">
            <span className="font-medium text-slate-800 dark:text-slate-200">{change.label}</span>
            {change.secret ? (
              <span className="text-slate-700 dark:text-slate-300">Changed (secret, not shown)</span>
            ) : (
              <span className="flex min-w-0 flex-wrap items-baseline gap-x-2 break-words">
                <span className="sr-only">from</span>
                <del className="text-slate-500 line-through decoration-slate-400 dark:text-slate-400">{change.before}</del>
                <span aria-hidden="true" className="text-slate-400">→</span>
                <span className="sr-only">to</span>
                <ins className="font-medium text-slate-900 no-underline dark:text-slate-100">{change.after}</ins>
              </span>
            )}
          </li>
        ))}
      </ul>
      {alsoSent.length > 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Also sent unchanged, because they are checked together with the fields above: {alsoSent.join(", ")}.
        </p>
      ) : null}
      <FormError error={error} />
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" loading={isApplying} onClick={() => void onApply()}>
          Apply {changes.length === 1 ? "1 change" : `${changes.length} changes`}
        </Button>
        <Button onClick={onBack} disabled={isApplying}>
          Back
        </Button>
        {extraActions}
      </div>
    </section>
  );
}
