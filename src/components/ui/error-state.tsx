import { cn } from "../../lib/cn";
import { Button } from "./button";
import { ErrorMessage } from "./error-message";

interface ErrorStateProps {
  error: unknown;
  /** Shows a Retry button when given (e.g. the query's refetch). */
  onRetry?: () => void;
  /** Spins the Retry button while the retry runs. */
  retrying?: boolean;
  /** What failed, e.g. "Could not load runners"; the Connect code supplies the reason. */
  title?: string;
  className?: string;
}

/** A failed load: what failed, one readable sentence (raw text behind Details), and Retry. */
export function ErrorState({ error, onRetry, retrying, title, className }: ErrorStateProps) {
  return (
    <div
      role="alert"
      className={cn(
        "rounded-rc border border-red-200 bg-red-50 px-4 py-4 text-sm dark:border-red-900 dark:bg-red-950/40",
        className,
      )}
    >
      <p className="font-semibold text-red-800 dark:text-red-300">{title ?? "Something went wrong"}</p>
      <div className="mt-1 text-red-800 dark:text-red-200">
        <ErrorMessage error={error} />
      </div>
      {onRetry ? (
        <Button className="mt-3" size="sm" onClick={onRetry} loading={retrying}>
          Retry
        </Button>
      ) : null}
    </div>
  );
}
