import { Link } from "@tanstack/react-router";
import { useCallback, useMemo, useState } from "react";
import { Button, buttonClasses } from "../../../components/ui/button";
import { ErrorState } from "../../../components/ui/error-state";
import { PageHeader } from "../../../components/ui/page-header";
import { LoadMoreButton } from "../../../components/ui/paged-list";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { describeError } from "../../../lib/errors";
import { RunnerKind } from "../../../gen/gitpod/v1/runner_configuration_pb";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
import { useSession } from "../../../api/session/get-session";
import { useCan } from "../../../api/session/use-can";
import { RUNNER_STATUS_REFRESH_MS, useRunnerList } from "../../../api/runners/list-runners";
import { BulkDeleteDialog } from "./bulk-delete-dialog";
import { RunnerFilters } from "./runner-filters";
import { phaseOf, serverFilterOf, type RunnerListSearch } from "./runner-list-search";
import { RunnersEmptyState } from "./runners-empty-state";
import { RunnersTable } from "./runners-table";
import { newestVersionOfPages } from "./versions";

interface RunnersListPageProps {
  search: RunnerListSearch;
  onSearchChange: (patch: Partial<RunnerListSearch>) => void;
}

// Refetching an infinite query refetches every loaded page: beyond this many, auto-refresh would flood the API.
const AUTO_REFRESH_MAX_PAGES = 10;

export function RunnersListPage({ search, onSearchChange }: RunnersListPageProps) {
  const { data: session } = useSession();
  const allowed = useCan();
  const filter = serverFilterOf(search, session?.subject.id ?? "");
  const list = useRunnerList(
    { filter, pageSize: search.pageSize },
    { refetchInterval: (pages) => (pages <= AUTO_REFRESH_MAX_PAGES ? RUNNER_STATUS_REFRESH_MS : false) },
  );
  const { rows: loaded, loadMore, state, query } = list;
  const phase = phaseOf(search);
  const shown = useMemo(() => (phase === undefined ? loaded : loaded.filter((r) => r.status?.phase === phase)), [loaded, phase]);
  const newest = useMemo(() => newestVersionOfPages(query.data?.pages ?? []), [query.data]);
  const pagesLoaded = state.pagesLoaded;

  const canDelete = allowed("runner:delete");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [toDelete, setToDelete] = useState<readonly Runner[]>([]);
  const [dialogOpen, setDialogOpen] = useState(false);
  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const toggleAll = (select: boolean) => setSelected(select ? new Set(shown.filter((r) => r.kind !== RunnerKind.LOCAL_CONFIGURATION).map((r) => r.runnerId)) : new Set());

  const scrollKey = JSON.stringify([search.kind, search.provider, search.mine, search.phase, search.pageSize]);

  return (
    <>
      <PageHeader
        title="Runners"
        description="Runners host your environments: in your cloud account, on your own machines, or managed by Gitpod."
        actions={
          allowed("runners:create") ? (
            <Link to="/runners/new" className={buttonClasses("primary")}>
              Create runner
            </Link>
          ) : null
        }
      />
      <RunnerFilters search={search} onChange={onSearchChange} />
      {query.isPending ? (
        <SkeletonRows rows={6} label="Loading runners" />
      ) : query.isError && !query.data ? (
        <ErrorState title="Could not load runners" error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />
      ) : (
        <>
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600 dark:text-slate-400">
            <p role="status">
              {phase === undefined ? `${loaded.length} runners loaded` : `${shown.length} of ${loaded.length} loaded runners match the phase filter`}
              {query.isFetchingNextPage ? " — loading more…" : query.hasNextPage ? " — more available" : ""}
              {pagesLoaded > AUTO_REFRESH_MAX_PAGES ? " · auto-refresh paused for this many rows" : ""}
            </p>
            <div className="flex items-center gap-2">
              {canDelete && selected.size > 0 ? (
                <Button
                  variant="danger"
                  size="sm"
                  onClick={() => {
                    setToDelete(loaded.filter((r) => selected.has(r.runnerId)));
                    setDialogOpen(true);
                  }}
                >
                  Delete {selected.size} selected
                </Button>
              ) : null}
              <Button size="sm" onClick={() => void query.refetch()} loading={query.isRefetching && !query.isFetchingNextPage}>
                Refresh
              </Button>
            </div>
          </div>
          {shown.length === 0 ? (
            <RunnersEmptyState
              search={search}
              loadedCount={loaded.length}
              hasMore={query.hasNextPage}
              canCreate={allowed("runners:create")}
              isMember={session?.mode === "local" && session.orgRole === "member"}
              onSearchChange={onSearchChange}
            />
          ) : (
            <RunnersTable
              runners={shown}
              newest={newest}
              selectable={canDelete}
              selected={selected}
              onToggle={toggle}
              onToggleAll={toggleAll}
              scrollKey={scrollKey}
              hasMore={query.hasNextPage}
              loadingMore={query.isFetchingNextPage}
              onNearEnd={loadMore}
              loadedCount={loaded.length}
            />
          )}
          {query.isFetchNextPageError ? (
            <p role="alert" className="mt-4 text-center text-sm text-red-700 dark:text-red-400">
              Could not load more runners: {describeError(query.error).title}
            </p>
          ) : null}
          {query.hasNextPage ? (
            <div className="mt-4 flex justify-center">
              <LoadMoreButton list={list} />
            </div>
          ) : null}
        </>
      )}
      <BulkDeleteDialog
        open={dialogOpen}
        onOpenChange={setDialogOpen}
        runners={toDelete}
        onDeleted={(ids) => setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))))}
      />
    </>
  );
}
