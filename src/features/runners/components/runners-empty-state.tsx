import { Link } from "@tanstack/react-router";
import { Button, buttonClasses } from "../../../components/ui/button";
import { EmptyState } from "../../../components/ui/empty-state";
import { NO_FILTERS, hasFilters } from "./runner-filters";
import type { RunnerListSearch } from "./runner-list-search";

interface RunnersEmptyStateProps {
  search: RunnerListSearch;
  /** The name search as typed. */
  text: string;
  /** Runners in the index (the server-side filters applied). */
  total: number;
  /** The index has read every runner. */
  complete: boolean;
  canCreate: boolean;
  isMember: boolean;
  onSearchChange: (patch: Partial<RunnerListSearch>) => void;
}

/** Why the table is empty, and the one thing to do about it: create a runner, or clear the search or filters. */
export function RunnersEmptyState({ search, text, total, complete, canCreate, isMember, onSearchChange }: RunnersEmptyStateProps) {
  const sofar = complete ? "" : " read so far";
  if (total > 0) {
    return (
      <EmptyState
        title="No runner matches"
        description={`None of the ${total.toLocaleString("en-US")} runners${sofar} ${text.trim() ? `has “${text.trim()}” in its name` : "has this status"}${text.trim() && search.phase ? " with this status" : ""}.`}
        action={<Button onClick={() => onSearchChange({ q: undefined, phase: undefined })}>Show all runners</Button>}
      />
    );
  }
  if (hasFilters(search) || text) {
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
      action={
        canCreate ? (
          <Link to="/runners/new" className={buttonClasses("primary")}>
            Create runner
          </Link>
        ) : null
      }
    />
  );
}
