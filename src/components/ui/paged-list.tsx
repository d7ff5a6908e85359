import type { PagedList } from "../../api/use-paged-list";
import type { ReactNode } from "react";
import { Button } from "./button";
import { ErrorState } from "./error-state";
import { SkeletonRows } from "./skeleton";

/** What the list shows of a paged query: `usePagedList()`'s rows, loadMore and state. */
export type PagedListSource = PagedList<unknown>;

interface PagedListProps {
  list: PagedListSource;
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
export function PagedList({ list, loadingLabel, errorTitle, empty, action, children }: PagedListProps) {
  const { rows, state } = list;
  const itemCount = rows.length;
  let body;
  if (state.isPending) body = <SkeletonRows rows={3} label={loadingLabel} />;
  else if (state.isError && !state.isFetchNextPageError) {
    body = (
      <ErrorState
        title={errorTitle}
        error={state.error}
        onRetry={state.retry}
        retrying={state.isRefetching}
      />
    );
  } else if (itemCount === 0) body = empty;
  else {
    body = (
      <div className="space-y-3">
        {children}
        {state.isFetchNextPageError ? (
          <ErrorState
            title={errorTitle}
            error={state.error}
            onRetry={state.retry}
            retrying={state.isFetchingNextPage}
          />
        ) : (
          <LoadMoreButton list={list} size="sm" />
        )}
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

interface LoadMoreButtonProps {
  list: Pick<PagedListSource, "loadMore" | "state">;
  label?: string;
  size?: "sm" | "md";
}

/** "Load more" while the server has more; "Try again" after a failed page. Nothing once the list is complete. */
export function LoadMoreButton({ list, label = "Load more", size }: LoadMoreButtonProps) {
  const { loadMore, state } = list;
  if (!state.hasNextPage) return null;
  const failed = state.isFetchNextPageError;
  return (
    <Button size={size} onClick={failed ? state.retry : loadMore} loading={state.isFetchingNextPage}>
      {failed ? "Try again" : label}
    </Button>
  );
}
