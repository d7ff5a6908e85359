import { useMemo } from "react";
import { runnerProviderText } from "../../../common/enum-labels";
import { RunnerKind } from "../../gen/gitpod/v1/runner_configuration_pb";
import { can, runnerRoleFor, type Action } from "../../lib/permissions";
import { usePoliciesOfRunners } from "../runners/policies-of-runners";
import { useSession } from "../session/get-session";
import type { RunnerSummary } from "./runner-summary";
import { useFleetIndex } from "./use-fleet-index";

export interface RunnerChoice {
  value: string;
  label: string;
  description: string;
  runner: RunnerSummary;
}

export interface RunnerChoices {
  /** Runners the user may do `action` on, by name (those whose role is still being read are left out until it is). */
  choices: readonly RunnerChoice[];
  /** Nothing known yet. */
  loading: boolean;
  error: unknown;
  retry: () => void;
  /** A note for the picker while runners or roles are still being read; undefined once everything is known. */
  status: string | undefined;
  /** Runners the user can see but may not do `action` on. */
  excluded: number;
}

const NONE: readonly string[] = [];
const n = (count: number) => count.toLocaleString("en-US");

/**
 * The runners to offer in a picker for `action`, from the fleet index (search over every runner, not one page):
 * org admins (and proxy sessions, where the API decides) get every runner but the local configuration one; a
 * member gets the runners where their role (from ListRunnerPolicies) allows the action. Not `enabled` (a closed
 * dialog): nothing is read.
 */
export function useRunnerChoices(action: Action, { enabled = true }: { enabled?: boolean } = {}): RunnerChoices {
  const index = useFleetIndex(undefined, { enabled });
  const { data: session } = useSession();
  const everywhere = session ? can(session, action) : false;
  const candidates = useMemo(() => index.rows.filter((row) => row.kind !== RunnerKind.LOCAL_CONFIGURATION), [index.rows]);
  const ids = useMemo(() => (enabled && session && !everywhere ? candidates.map((row) => row.id) : NONE), [enabled, session, everywhere, candidates]);
  const policies = usePoliciesOfRunners(ids);
  return useMemo(() => {
    let excluded = 0;
    const permitted = candidates.filter((runner) => {
      if (!session) return false;
      if (everywhere) return true;
      const found = policies.byRunner.get(runner.id);
      const allowed = found !== undefined && can(session, action, { runnerRole: runnerRoleFor(session, found) });
      if (found && !allowed) excluded++;
      return allowed;
    });
    const choices = permitted
      .map((runner) => ({ value: runner.id, label: runner.name || runner.id, description: runnerProviderText(runner), runner }))
      .sort((a, b) => a.label.localeCompare(b.label));
    const status = !index.complete
      ? `Still reading runners: ${n(index.indexed)} so far`
      : policies.read < policies.total
        ? `Checking your role on each runner (${n(policies.read)} of ${n(policies.total)})`
        : undefined;
    return {
      choices,
      loading: index.rows.length === 0 && !index.complete && index.state !== "error",
      error: index.state === "error" ? index.error : undefined,
      retry: index.resume,
      status,
      excluded,
    };
  }, [candidates, session, everywhere, policies, action, index]);
}
