import { useState, type ReactNode } from "react";
import { LoadMoreButton } from "../../../components/ui/paged-list";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorState } from "../../../components/ui/error-state";
import { ActionsHeaderCell } from "../../../components/ui/row-actions";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { Table, TableBody, TableHead, TableHeaderCell, TableRow } from "../../../components/ui/table";
import type { EnvironmentClass } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { useEnvironmentClasses, type EnvironmentClassFilter } from "../../../api/runner-configuration/list-environment-classes";
import { useRunnerNames } from "../../../api/fleet/use-runner-names";
import { EditEnvironmentClassDialog } from "./edit-environment-class-dialog";
import { EnvironmentClassRow } from "./environment-class-row";

interface EnvironmentClassesListProps {
  filter: EnvironmentClassFilter;
  /** Accessible name of the table, e.g. "Environment classes of aws-prod-eu". */
  label: string;
  /** The runner column; off inside a runner's own tab. */
  showRunner?: boolean;
  /** The empty state's title and call to action. */
  emptyTitle: string;
  emptyDescription?: string;
  emptyAction?: ReactNode;
}

/** Environment classes matching a filter, a page at a time ("Load more"), with edit/view dialogs. */
export function EnvironmentClassesList({
  filter,
  label,
  showRunner = true,
  emptyTitle,
  emptyDescription,
  emptyAction,
}: EnvironmentClassesListProps) {
  const list = useEnvironmentClasses(filter);
  const { rows: classes, state } = list;
  const runnerNames = useRunnerNames();
  const [editing, setEditing] = useState<EnvironmentClass | null>(null);

  if (state.isPending) return <SkeletonRows rows={4} label="Loading environment classes" />;
  if (state.isError && !state.isFetchNextPageError) {
    return (
      <ErrorState
        title="Could not load environment classes"
        error={state.error}
        onRetry={state.retry}
        retrying={state.isRefetching}
      />
    );
  }
  if (classes.length === 0)
    return <EmptyState title={emptyTitle} description={emptyDescription} action={emptyAction} />;

  return (
    <div className="space-y-3">
      <Table label={label}>
        <TableHead>
          <TableRow>
            <TableHeaderCell>Name</TableHeaderCell>
            {showRunner ? <TableHeaderCell>Runner</TableHeaderCell> : null}
            <TableHeaderCell>Description</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Configuration</TableHeaderCell>
            <ActionsHeaderCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {classes.map((environmentClass) => (
            <EnvironmentClassRow
              key={environmentClass.id}
              environmentClass={environmentClass}
              runnerName={runnerNames.get(environmentClass.runnerId)}
              showRunner={showRunner}
              onEdit={setEditing}
            />
          ))}
        </TableBody>
      </Table>
      <div className="flex items-center gap-3">
        <LoadMoreButton list={list} />
        <p className="text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
          {classes.length} loaded{state.hasNextPage ? "; more available" : ""}
        </p>
      </div>
      <EditEnvironmentClassDialog environmentClass={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
