import type { ReactNode } from "react";
import { Button } from "./button";
import { ErrorState } from "./error-state";
import { SkeletonRows } from "./skeleton";

/** The parts of a paged (infinite) query the list shows: its state, Retry and "Load more". */
export interface PagedQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  isRefetching: boolean;
  refetch: () => Promise<unknown>;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

interface PagedListProps {
  query: PagedQuery;
  /** How many items the pages loaded so far hold. */
  itemCount: number;
  /** e.g. "Loading host tokens", read out while the first page loads. */
  loadingLabel: string;
  /** e.g. "Could not load host tokens"; the Connect code supplies the reason. */
  errorTitle: string;
  /** Shown when the first page holds no items (usually an EmptyState offering the action). */
  empty: ReactNode;
  /** Shown above the items, right-aligned, once there are any (e.g. "Add …"). */
  action?: ReactNode;
  /** The loaded items, e.g. a table. */
  children: ReactNode;
}

/** A list fed page by page: loading, error with Retry, empty, the items and "Load more". */
export function PagedList({ query, itemCount, loadingLabel, errorTitle, empty, action, children }: PagedListProps) {
  let body;
  if (query.isPending) body = <SkeletonRows rows={3} label={loadingLabel} />;
  else if (query.isError) {
    body = (
      <ErrorState
        title={errorTitle}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  } else if (itemCount === 0) body = empty;
  else {
    body = (
      <div className="space-y-3">
        {children}
        {query.hasNextPage ? (
          <Button size="sm" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            Load more
          </Button>
        ) : null}
      </div>
    );
  }
  return (
    <>
      {action && itemCount > 0 ? <div className="flex justify-end">{action}</div> : null}
      {body}
    </>
  );
}
