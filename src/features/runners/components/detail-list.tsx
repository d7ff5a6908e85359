import type { ReactNode } from "react";
import { IconButton } from "../../../components/ui/icon-button";
import { useCopy } from "../../../components/ui/use-copy";

/** A definition list of label → value rows; rows without a value are left out. */
export function DetailList({ label, rows }: { label: string; rows: ReadonlyArray<[string, ReactNode]> }) {
  return (
    <dl aria-label={label} className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
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

function CopyIcon({ copied }: { copied: boolean }) {
  return (
    <svg
      viewBox="0 0 16 16"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {copied ? (
        <path d="M3 8.5l3 3 7-7" />
      ) : (
        <>
          <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
          <path d="M10.5 5.5V4A1.5 1.5 0 0 0 9 2.5H4A1.5 1.5 0 0 0 2.5 4v5A1.5 1.5 0 0 0 4 10.5h1.5" />
        </>
      )}
    </svg>
  );
}

/**
 * An identifier in monospace, shown in full (it wraps rather than being cut off), with an icon button that copies
 * it; the button keeps its name ("Copy runner ID") and a live region announces the result.
 */
export function CopyableId({ value, name }: { value: string; name: string }) {
  const { state, copy, announce } = useCopy(`${name[0]?.toUpperCase() ?? ""}${name.slice(1)} copied`);
  return (
    <span className="flex max-w-full items-start gap-1">
      <code className="min-w-0 pt-1.5 font-mono text-xs break-all">{value}</code>
      <IconButton
        label={`Copy ${name}`}
        icon={<CopyIcon copied={state === "copied"} />}
        className={state === "copied" ? "shrink-0 text-emerald-600! dark:text-emerald-400!" : "shrink-0"}
        onClick={() => copy(value)}
      />
      <span role="status" className="sr-only">
        {announce}
      </span>
    </span>
  );
}
