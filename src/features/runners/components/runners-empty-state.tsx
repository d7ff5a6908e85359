import { Link } from "@tanstack/react-router";
import { Button, buttonClasses } from "../../../components/ui/button";
import { EmptyState } from "../../../components/ui/empty-state";
import type { RunnerListSearch } from "./runner-list-search";

interface RunnersEmptyStateProps {
  search: RunnerListSearch;
  /** Runners the server returned for the server-side filters (before the phase filter). */
  loadedCount: number;
  hasMore: boolean;
  canCreate: boolean;
  isMember: boolean;
  onSearchChange: (patch: Partial<RunnerListSearch>) => void;
}

export const NO_FILTERS: Partial<RunnerListSearch> = { kind: undefined, provider: undefined, mine: undefined, phase: undefined };

export function hasFilters(search: RunnerListSearch): boolean {
  return Boolean(search.kind || search.provider || search.mine || search.phase);
}

/** Why the table is empty, and the one thing to do about it: create a runner, clear the filters, or pick another phase. */
export function RunnersEmptyState({ search, loadedCount, hasMore, canCreate, isMember, onSearchChange }: RunnersEmptyStateProps) {
  const create = canCreate ? (
    <Link to="/runners/new" className={buttonClasses("primary")}>
      Create runner
    </Link>
  ) : null;

  if (loadedCount > 0) {
    return (
      <EmptyState
        title="No loaded runner is in this phase"
        description={
          hasMore
            ? `None of the ${loadedCount} runners loaded so far is in this phase. Load more runners, or choose another phase.`
            : `None of the ${loadedCount} runners is in this phase.`
        }
        action={<Button onClick={() => onSearchChange({ phase: undefined })}>Show all phases</Button>}
      />
    );
  }
  if (hasFilters(search)) {
    return (
      <EmptyState
        title="No runners match these filters"
        description="Try other filters, or clear them to see every runner."
        action={<Button onClick={() => onSearchChange(NO_FILTERS)}>Show all runners</Button>}
      />
    );
  }
  return (
    <EmptyState
      title={isMember ? "No runners are shared with you yet" : "No runners yet"}
      description={
        isMember
          ? "Runners appear here once an organization admin shares them with one of your groups."
          : "A runner runs your environments: on AWS or Google Cloud, on a Linux host or a Mac, or managed by Gitpod."
      }
      action={create}
    />
  );
}
