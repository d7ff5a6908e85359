import type { ReactNode } from "react";
import { Button } from "./button";
import { ErrorState } from "./error-state";
import { Spinner } from "./spinner";

interface LoadedProps<T> {
  /** A read's state (a react-query result fits). */
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown; isRefetching: boolean };
  /** The loaded value; undefined while pending or when the answer lacks it. */
  value: T | undefined;
  /** What is loading, e.g. "the environment class": in the spinner's and the error's text. */
  what: string;
  /** Closes the surrounding dialog when loading failed. */
  onClose?: () => void;
  children: (value: T) => ReactNode;
}

/** A dialog's content once its entity is loaded: a spinner until then, the error with Retry when it failed. */
export function Loaded<T>({ query, value, what, onClose, children }: LoadedProps<T>) {
  if (query.isError || (!query.isPending && value === undefined)) {
    return (
      <div className="space-y-4">
        <ErrorState
          title={`Could not load ${what}`}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isRefetching}
        />
        {onClose ? (
          <div className="flex justify-end">
            <Button onClick={onClose}>Close</Button>
          </div>
        ) : null}
      </div>
    );
  }
  if (value === undefined) {
    return (
      <div className="flex items-center gap-2 py-6 text-sm text-slate-600 dark:text-slate-400">
        <Spinner label={`Loading ${what}`} />
        <span aria-hidden="true">Loading {what}…</span>
      </div>
    );
  }
  return children(value);
}
