import { Link } from "@tanstack/react-router";
import { buttonClasses } from "../../../components/ui/button";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";

/** A runner id that does not exist (or that the user cannot see). */
export function RunnerNotFound({ runnerId }: { runnerId: string }) {
  return (
    <>
      <PageHeader title="Runner not found" />
      <EmptyState
        title={`There is no runner with the ID ${runnerId}`}
        description="It may have been deleted, the link may be wrong, or you do not have access to it."
        action={
          <Link to="/runners" className={buttonClasses("primary")}>
            Back to runners
          </Link>
        }
      />
    </>
  );
}
