import { cn } from "../../lib/cn";

/** A grey placeholder block while content loads (hidden from screen readers). */
export function Skeleton({ className }: { className?: string }) {
  return <span aria-hidden="true" className={cn("block animate-pulse rounded bg-slate-200 dark:bg-slate-800", className)} />;
}

interface SkeletonRowsProps {
  rows?: number;
  /** Announced once to screen readers, e.g. "Loading runners". */
  label?: string;
  className?: string;
}

/** Placeholder rows for a list or table that is loading. */
export function SkeletonRows({ rows = 5, label = "Loading", className }: SkeletonRowsProps) {
  return (
    <div role="status" aria-live="polite" className={cn("space-y-3", className)}>
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="flex items-center gap-4">
          <Skeleton className="h-4 w-1/4" />
          <Skeleton className="h-4 w-1/6" />
          <Skeleton className="h-4 flex-1" />
        </div>
      ))}
    </div>
  );
}
