import { Link } from "@tanstack/react-router";
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from "react";
import { rankAttention } from "../../../api/fleet/attention";
import { filterRunners } from "../../../api/fleet/fleet-views";
import type { RunnerSummary } from "../../../api/fleet/runner-summary";
import { useFleetIndex } from "../../../api/fleet/use-fleet-index";
import { useSortedRunners } from "../../../api/fleet/use-sorted-runners";
import { Button, buttonClasses } from "../../../components/ui/button";
import { ErrorState } from "../../../components/ui/error-state";
import { FleetIndexStatus } from "../../../components/ui/fleet-index-status";
import { PageHeader } from "../../../components/ui/page-header";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { RunnerKind } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { newestVersion } from "../../../lib/versions";
import { useNow } from "../../../lib/use-now";
import { useOpenedOnce } from "../../../lib/use-opened-once";
import { useSession } from "../../../api/session/get-session";
import { useCan } from "../../../api/session/use-can";
import { useFleetUpdateLauncher } from "../fleet-update/fleet-update-launcher";
import { RunnerFilters } from "./runner-filters";
import { serverFilterOf, type RunnerListSearch } from "./runner-list-search";
import { RunnersEmptyState } from "./runners-empty-state";
import { RunnersTable } from "./runners-table";
import { useSearchText } from "./use-search-text";

// Loads when first opened, not with the list.
const BulkDeleteDialog = lazy(() => import("./bulk-delete-dialog").then((module) => ({ default: module.BulkDeleteDialog })));

interface RunnersListPageProps {
  search: RunnerListSearch;
  onSearchChange: (patch: Partial<RunnerListSearch>) => void;
}

const count = (n: number) => n.toLocaleString("en-US");

export function RunnersListPage({ search, onSearchChange }: RunnersListPageProps) {
  const { data: session } = useSession();
  const allowed = useCan();
  const subjectId = session?.subject.id ?? "";
  const serverFilter = useMemo(() => serverFilterOf(search, subjectId), [search, subjectId]);
  // New runners render in the background, in slices that yield to the browser: the first page of a large fleet
  // (rows, counts, relative times) is not one long task that blocks input.
  const index = useDeferredValue(useFleetIndex(serverFilter));
  const nowMs = useNow().getTime();
  const [text, setText] = useSearchText(search.q ?? "", (q) => onSearchChange({ q }));
  // Typing stays responsive: the list catches up with the text as soon as the browser is free.
  const needle = useDeferredValue(text);
  const sortKey = search.sort ?? "name";
  const direction = search.dir ?? "asc";
  // Sorted once per index update; each keystroke then only filters (a filter keeps the order). Only the status
  // sort depends on the clock (stale or not), so only it re-sorts when the clock ticks.
  const sortNowMs = sortKey === "status" ? nowMs : 0;
  const sorted = useSortedRunners(index, sortKey, direction, sortNowMs);
  // "Needs attention" (from the overview) lists the runners most severe first unless the user sorts.
  const base = useMemo(() => {
    if (!search.attention) return sorted;
    const ranked = rankAttention(index.rows, { nowMs }).map((item) => item.runner);
    if (!search.sort) return ranked;
    const needsAttention = new Set(ranked);
    return sorted.filter((row) => needsAttention.has(row));
  }, [search.attention, search.sort, index.rows, sorted, nowMs]);
  const newest = useMemo(() => newestVersion(new Set(index.rows.map((row) => row.version))), [index.rows]);
  const olderThan = search.outdated ? newest || undefined : undefined;
  const shown = useMemo(
    () => filterRunners(base, { text: needle, statuses: search.phase ? [search.phase] : [], version: search.version, olderThan }, nowMs),
    [base, needle, search.phase, search.version, olderThan, nowMs],
  );

  const canDelete = allowed("runner:delete");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [toDelete, setToDelete] = useState<readonly RunnerSummary[]>([]);
  const [dialogOpen, setDialogOpen] = useState(false);
  const deleteDialogLoaded = useOpenedOnce(dialogOpen);
  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const toggleAll = (select: boolean) => setSelected(select ? new Set(shown.filter((r) => r.kind !== RunnerKind.LOCAL_CONFIGURATION).map((r) => r.id)) : new Set());

  const total = index.rows.length;
  const narrowed = Boolean(needle.trim() || search.phase || search.version || search.attention || search.outdated);
  const scrollKey = JSON.stringify([search.kind, search.provider, search.mine, search.phase, search.version, search.attention, search.outdated, needle, sortKey, direction]);
  const fleetUpdate = useFleetUpdateLauncher({
    rows: index.rows,
    shown,
    selected,
    complete: index.complete,
    preset: search.update,
    shownText: search.outdated ? "outdated runners" : narrowed ? "runners that match" : "runners",
    onPresetDone: () => onSearchChange({ update: undefined }),
  });
  const loading = index.rows.length === 0 && (index.state === "indexing" || index.state === "paused");

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
      <RunnerFilters search={search} onChange={onSearchChange} text={text} onTextChange={setText} />
      {loading ? (
        <SkeletonRows rows={6} label="Loading runners" />
      ) : index.state === "error" && total === 0 ? (
        <ErrorState title="Could not load runners" error={index.error} onRetry={index.resume} />
      ) : (
        <>
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600 dark:text-slate-400">
            <div className="space-y-1">
              <p role="status" className="font-medium text-slate-800 dark:text-slate-200">
                {narrowed ? `${count(shown.length)} of ${count(total)} runners` : `${count(total)} runner${total === 1 ? "" : "s"}`}
                {index.complete ? "" : " so far"}
              </p>
              <FleetIndexStatus index={index} />
            </div>
            <div className="flex flex-wrap items-center gap-2">
              {session ? fleetUpdate.buttons : null}
              {canDelete && selected.size > 0 ? (
                <Button
                  variant="danger"
                  size="sm"
                  onClick={() => {
                    setToDelete(index.rows.filter((r) => selected.has(r.id)));
                    setDialogOpen(true);
                  }}
                >
                  Delete {count(selected.size)} selected
                </Button>
              ) : null}
              <Button size="sm" onClick={index.refresh} loading={index.refreshing} disabled={index.state === "indexing"}>
                Refresh
              </Button>
            </div>
          </div>
          {shown.length === 0 ? (
            <RunnersEmptyState
              search={search}
              text={needle}
              total={total}
              complete={index.complete}
              canCreate={allowed("runners:create")}
              isMember={session?.mode === "local" && session.orgRole === "member"}
              onSearchChange={onSearchChange}
            />
          ) : (
            <RunnersTable
              runners={shown}
              newest={newest}
              nowMs={nowMs}
              sort={{ key: sortKey, direction }}
              onSortChange={(sort, dir) => onSearchChange({ sort, dir })}
              selectable={session !== undefined}
              selected={selected}
              onToggle={toggle}
              onToggleAll={toggleAll}
              scrollKey={scrollKey}
              busy={!index.complete}
            />
          )}
        </>
      )}
      {fleetUpdate.dialog}
      {deleteDialogLoaded && (
        <Suspense fallback={null}>
          <BulkDeleteDialog
            open={dialogOpen}
            onOpenChange={setDialogOpen}
            runners={toDelete}
            onDeleted={(ids) => setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))))}
          />
        </Suspense>
      )}
    </>
  );
}
