import { enumLabel, runnerRoleLabels } from "../../../../common/enum-labels";
import type { RunnerPolicy } from "../../../gen/gitpod/v1/runner_pb";
import { sortPoliciesByGroupName } from "../policy-rules";

interface SharingTextProps {
  policies: readonly RunnerPolicy[] | undefined;
  failed: boolean;
  groupNames: ReadonlyMap<string, string>;
}

/** Who a runner is shared with, in one line: "Platform team (Admin), Developers (User)". */
export function SharingText({ policies, failed, groupNames }: SharingTextProps) {
  if (failed) return <span className="text-red-700 dark:text-red-400">Could not read its sharing</span>;
  if (policies === undefined) return <span className="text-slate-500 dark:text-slate-400">Reading…</span>;
  if (policies.length === 0) return <span className="text-slate-500 dark:text-slate-400">Not shared</span>;
  return (
    <span>
      {sortPoliciesByGroupName(policies, groupNames)
        .map(
          (policy) =>
            `${groupNames.get(policy.groupId) ?? "Unknown group"} (${enumLabel(runnerRoleLabels, policy.role)})`,
        )
        .join(", ")}
    </span>
  );
}
