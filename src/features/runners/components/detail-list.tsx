import type { ReactNode } from "react";
import { CopyButton } from "../../../components/ui/copy-button";

/** A definition list of label → value rows; rows without a value are left out. */
export function DetailList({ label, rows }: { label: string; rows: ReadonlyArray<[string, ReactNode]> }) {
  return (
    <dl aria-label={label} className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
      {rows
        .filter(([, value]) => value !== undefined && value !== null && value !== "")
        .map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-slate-500 dark:text-slate-400">{name}</dt>
            <dd className="min-w-0 break-words text-slate-900 dark:text-slate-100">{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** An identifier in monospace with a copy button named after it. */
export function CopyableId({ value, name }: { value: string; name: string }) {
  return (
    <span className="inline-flex max-w-full items-center gap-2">
      <code className="truncate font-mono text-xs">{value}</code>
      <CopyButton value={value} label={`Copy ${name}`} size="sm" variant="ghost" />
    </span>
  );
}
