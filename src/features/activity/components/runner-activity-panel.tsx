import { Link } from "@tanstack/react-router";
import { ActivityList } from "./activity-list";

/** A runner's Activity tab: the changes to it and to what belongs to it (classes, integrations, tokens, sharing). */
export function RunnerActivityPanel({ runnerId }: { runnerId: string }) {
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Changes made through this console to this runner and what belongs to it.{" "}
        <Link to="/activity" search={{ runnerId }} className="font-medium text-link hover:underline focus-visible:outline-2 focus-visible:outline-brand">
          Open in the activity log
        </Link>{" "}
        to filter further or export.
      </p>
      <ActivityList filter={{ runnerId }} filtered={false} label="Activity of this runner" showRunner={false} />
    </div>
  );
}
