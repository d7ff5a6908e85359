import type { RunnerSummary } from "../../../api/fleet/runner-summary";
import { RunnerKind } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase } from "../../../gen/gitpod/v1/runner_pb";
import { alreadySet, changedSettings, type FleetChange, type SettingName } from "./fleet-change";

/** May the signed-in user update this runner? "checking" while their role on it is being read. */
export type UpdatePermission = "allowed" | "checking" | "userRole" | "roleUnknown";

/** Why a runner gets no request. */
export type SkipReason = "localConfiguration" | "deleting" | "userRole" | "roleUnknown";

export interface RunnerUpdate {
  runner: RunnerSummary;
  /** The settings that differ from what the change sets (at least one). */
  settings: SettingName[];
}

export interface SettingCount {
  name: SettingName;
  /** Runners (of those updated) that will get a new value. */
  change: number;
  /** Runners (of those that may be updated) that already have it. */
  already: number;
}

export interface FleetUpdatePlan {
  total: number;
  /** The runners that get an UpdateRunner request. */
  toUpdate: RunnerUpdate[];
  /** Runners the user may update that already have every setting the change sets. */
  unchanged: RunnerSummary[];
  skipped: { runner: RunnerSummary; reason: SkipReason }[];
  /** Runners whose permission is still being read: the plan is not final while this is above 0. */
  checking: number;
  bySetting: SettingCount[];
}

/** Which runners the change reaches and what it changes on each; nothing is planned for runners the user may not update. */
export function planFleetUpdate(
  runners: readonly RunnerSummary[],
  change: FleetChange,
  permission: (runner: RunnerSummary) => UpdatePermission,
): FleetUpdatePlan {
  const names = changedSettings(change);
  const counts = new Map(names.map((name) => [name, { name, change: 0, already: 0 }]));
  const plan: FleetUpdatePlan = { total: runners.length, toUpdate: [], unchanged: [], skipped: [], checking: 0, bySetting: [...counts.values()] };
  for (const runner of runners) {
    // The local configuration runner holds the organisation's local-runner settings, not a runner's own.
    if (runner.kind === RunnerKind.LOCAL_CONFIGURATION) {
      plan.skipped.push({ runner, reason: "localConfiguration" });
      continue;
    }
    if (runner.phase === RunnerPhase.DELETING) {
      plan.skipped.push({ runner, reason: "deleting" });
      continue;
    }
    const allowed = permission(runner);
    if (allowed === "checking") {
      plan.checking++;
      continue;
    }
    if (allowed !== "allowed") {
      plan.skipped.push({ runner, reason: allowed });
      continue;
    }
    const settings = names.filter((name) => !alreadySet(runner.settings, change, name));
    for (const name of names) {
      const count = counts.get(name);
      if (count) count[settings.includes(name) ? "change" : "already"]++;
    }
    if (settings.length > 0) plan.toUpdate.push({ runner, settings });
    else plan.unchanged.push(runner);
  }
  return plan;
}
