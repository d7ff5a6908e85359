import { useMemo } from "react";
import type { RunnerSummary } from "../../../api/fleet/runner-summary";
import { usePoliciesOfRunners } from "../../../api/runners/policies-of-runners";
import { useSession } from "../../../api/session/get-session";
import { RunnerKind } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { can, runnerRoleFor } from "../../../lib/permissions";
import type { UpdatePermission } from "./fleet-update-plan";

const NONE: readonly string[] = [];

/**
 * May the signed-in user update each of these runners? Org admins (and proxy sessions, where the API decides) may
 * update any; a member needs the ADMIN role on the runner, read from its policies (ListRunnerPolicies) a few at a time.
 */
export function useUpdatePermissions(runners: readonly RunnerSummary[]): {
  permission: (runner: RunnerSummary) => UpdatePermission;
  /** Runners whose role was read, of those that needed it. */
  read: number;
  total: number;
} {
  const { data: session } = useSession();
  const everywhere = session ? can(session, "runner:update") : false;
  const ids = useMemo(
    () => (session && !everywhere ? runners.filter((r) => r.kind !== RunnerKind.LOCAL_CONFIGURATION).map((r) => r.id) : NONE),
    [session, everywhere, runners],
  );
  const policies = usePoliciesOfRunners(ids);
  return useMemo(() => {
    const permission = (runner: RunnerSummary): UpdatePermission => {
      if (!session) return "checking";
      if (everywhere) return "allowed";
      const found = policies.byRunner.get(runner.id);
      if (!found) return policies.failed.has(runner.id) ? "roleUnknown" : "checking";
      return can(session, "runner:update", { runnerRole: runnerRoleFor(session, found) }) ? "allowed" : "userRole";
    };
    return { permission, read: policies.read, total: policies.total };
  }, [session, everywhere, policies]);
}
