import { useRunnerDependents, type DependentCount } from "../../../api/runners/runner-dependents";
import { useSession } from "../../../api/session/get-session";

function countText(entry: DependentCount, one: string, many: string): string {
  if (entry.failed) return `${many}: could not be counted`;
  if (entry.count === undefined) return `${many}: counting…`;
  const n = entry.count;
  return `${n}${entry.capped ? "+" : ""} ${n === 1 && !entry.capped ? one : many}`;
}

/** The list inside the delete confirmations: what is removed together with the runner, counted from the API. */
export function RunnerDeleteContents({ runnerId, force }: { runnerId: string; force: boolean }) {
  const dependents = useRunnerDependents(runnerId);
  const { data: session } = useSession();
  // Members see only their own host tokens; everyone's on the runner go with it.
  const ownTokensOnly = session?.orgRole !== "admin";
  return (
    <div className="space-y-2 text-sm">
      <p className="font-medium">Removed with the runner{force ? " at once" : " once it has shut down"}:</p>
      <ul aria-label="Removed with the runner" className="list-disc space-y-0.5 pl-5">
        <li>{countText(dependents.environmentClasses, "environment class", "environment classes")}</li>
        <li>{countText(dependents.scmIntegrations, "SCM integration", "SCM integrations")}</li>
        <li>
          {countText(dependents.hostTokens, "host token", "host tokens")}
          {ownTokensOnly ? " of yours, and any other people's" : ""}
        </li>
        <li>{countText(dependents.policies, "policy (group access)", "policies (group access)")}</li>
      </ul>
    </div>
  );
}
