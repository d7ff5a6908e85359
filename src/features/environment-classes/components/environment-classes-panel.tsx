import { Link } from "@tanstack/react-router";
import { buttonClasses } from "../../../components/ui/button";
import { useCan } from "../../../api/session/use-can";
import { useRunnerRole } from "../../../api/session/use-runner-role";
import { EnvironmentClassesList } from "./environment-classes-list";

/** A runner's environment classes (its detail tab): list, edit/disable, and a link to create one for it. */
export function EnvironmentClassesPanel({ runnerId }: { runnerId: string }) {
  const allowed = useCan();
  const runnerRole = useRunnerRole(runnerId);
  const canManage = allowed("environmentClasses:manage", { runnerRole });
  const createLink = canManage ? (
    <Link to="/environment-classes/new" search={{ runnerId }} className={buttonClasses("primary", "sm")}>
      New environment class
    </Link>
  ) : null;
  return (
    <section className="space-y-3" aria-label="Environment classes">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Environment classes can&apos;t be deleted or reconfigured: disable one and create a new one instead.
        </p>
        {createLink}
      </div>
      <EnvironmentClassesList
        filter={{ runnerIds: [runnerId] }}
        label="Environment classes of this runner"
        showRunner={false}
        emptyTitle="No environment classes on this runner yet"
        emptyDescription={
          canManage
            ? "Create one so people can start environments on this runner."
            : "An admin of this runner can create one."
        }
        emptyAction={createLink}
      />
    </section>
  );
}
