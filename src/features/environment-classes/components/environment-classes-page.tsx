import { Link } from "@tanstack/react-router";
import { buttonClasses } from "../../../components/ui/button";
import { PageHeader } from "../../../components/ui/page-header";
import { useCan } from "../../../api/session/use-can";
import { filterOfSearch, hasActiveFilter, type EnvironmentClassSearch } from "../search";
import { EnvironmentClassFilters } from "./environment-class-filters";
import { EnvironmentClassesList } from "./environment-classes-list";

interface EnvironmentClassesPageProps {
  search: EnvironmentClassSearch;
  onSearchChange: (patch: Partial<EnvironmentClassSearch>) => void;
}

/** Org-wide environment classes: the five API filters from the URL, "Load more" paging, create and edit. */
export function EnvironmentClassesPage({ search, onSearchChange }: EnvironmentClassesPageProps) {
  const allowed = useCan();
  // Org admins create on any runner; a runner admin creates from that runner's Environment classes tab.
  const canCreate = allowed("environmentClasses:manage");
  const createLink = canCreate ? (
    <Link
      to="/environment-classes/new"
      search={{ runnerId: search.runnerIds?.length === 1 ? search.runnerIds[0] : undefined }}
      className={buttonClasses("primary")}
    >
      New environment class
    </Link>
  ) : null;
  const filtered = hasActiveFilter(search);
  return (
    <>
      <PageHeader
        title="Environment classes"
        description="The machine shapes each runner offers for new environments. Classes can't be deleted and their configuration can't change: disable a class and create a new one instead."
        actions={createLink}
      />
      <div className="space-y-4">
        <EnvironmentClassFilters search={search} onChange={onSearchChange} />
        <EnvironmentClassesList
          filter={filterOfSearch(search)}
          label="Environment classes"
          emptyTitle={filtered ? "No environment classes match these filters" : "No environment classes yet"}
          emptyDescription={
            filtered
              ? "Clear or change the filters to see more."
              : canCreate
                ? "Create one on a runner so people can start environments."
                : undefined
          }
          emptyAction={filtered ? undefined : createLink}
        />
      </div>
    </>
  );
}
