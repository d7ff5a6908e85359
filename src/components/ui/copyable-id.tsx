import { CopyButton } from "./copy-button";

interface CopyableIdProps {
  /** An identifier (never a secret: secrets are not shown again after creation). */
  value: string;
  /** What the ID identifies, for the copy button's accessible name, e.g. "token ID"; "ID" by default. */
  label?: string;
}

/** "ID 1234-…" in monospace with a Copy button, for pasting into the API, the CLI or a support ticket. */
export function CopyableId({ value, label = "ID" }: CopyableIdProps) {
  return (
    <div className="flex min-w-0 items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
      <span className="shrink-0">{label}</span>
      <code className="truncate font-mono text-slate-800 dark:text-slate-200" title={value}>
        {value}
      </code>
      <CopyButton value={value} label={`Copy ${label}`} variant="ghost" />
    </div>
  );
}
