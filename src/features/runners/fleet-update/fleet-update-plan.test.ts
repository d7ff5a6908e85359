import { describe, expect, it } from "vitest";
import { summaryRow } from "../../../../test/fleet/summary-row";
import { RunnerKind } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { LogLevel, RunnerPhase, RunnerReleaseChannel } from "../../../gen/gitpod/v1/runner_pb";
import { buildFleetUpdateRequest, requestFor } from "./fleet-change";
import { planFleetUpdate, type UpdatePermission } from "./fleet-update-plan";
import { planHeadline, settingText, skippedByReason } from "./plan-text";

const stable = { releaseChannel: RunnerReleaseChannel.STABLE, autoUpdate: true, logLevel: LogLevel.INFO, updateWindow: undefined };
const latest = { ...stable, releaseChannel: RunnerReleaseChannel.LATEST, autoUpdate: false };
const everyone = (): UpdatePermission => "allowed";

describe("planFleetUpdate", () => {
  it("sends requests only to runners that differ, and counts per setting", () => {
    const runners = [
      summaryRow("a", { settings: latest }),
      summaryRow("b", { settings: stable }),
      summaryRow("c", { settings: { ...stable, autoUpdate: false } }),
    ];
    const change = { releaseChannel: RunnerReleaseChannel.STABLE, autoUpdate: true };
    const plan = planFleetUpdate(runners, change, everyone);
    expect(plan.toUpdate.map((u) => [u.runner.name, u.settings])).toEqual([
      ["a", ["releaseChannel", "autoUpdate"]],
      ["c", ["autoUpdate"]],
    ]);
    expect(plan.unchanged.map((r) => r.name)).toEqual(["b"]);
    expect(plan.bySetting).toEqual([
      { name: "releaseChannel", change: 1, already: 2 },
      { name: "autoUpdate", change: 2, already: 1 },
    ]);
    expect(planHeadline(plan)).toBe("3 runners: 2 will be updated, 1 already has these settings");
    expect(plan.bySetting.map((count) => settingText(count, change))).toEqual([
      "1 will change release channel to Stable, 2 already on Stable",
      "2 will change auto-update to on, 1 auto-update already on",
    ]);
  });

  it("plans nothing for runners the user may not update, and says why", () => {
    const runners = [
      summaryRow("mine", { settings: latest }),
      summaryRow("shared-with-me", { settings: latest }),
      summaryRow("unknown", { settings: latest }),
      summaryRow("going", { settings: latest, phase: RunnerPhase.DELETING }),
      summaryRow("Local runners", { kind: RunnerKind.LOCAL_CONFIGURATION, settings: latest }),
      summaryRow("pending", { settings: latest }),
    ];
    const roles: Record<string, UpdatePermission> = { mine: "allowed", "shared-with-me": "userRole", unknown: "roleUnknown", pending: "checking" };
    const plan = planFleetUpdate(runners, { releaseChannel: RunnerReleaseChannel.STABLE }, (runner) => roles[runner.name] ?? "allowed");
    expect(plan.toUpdate.map((u) => u.runner.name)).toEqual(["mine"]);
    expect(plan.checking).toBe(1);
    expect(skippedByReason(plan)).toEqual([
      { reason: "userRole", names: ["shared-with-me"] },
      { reason: "roleUnknown", names: ["unknown"] },
      { reason: "deleting", names: ["going"] },
      { reason: "localConfiguration", names: ["Local runners"] },
    ]);
    expect(planHeadline(plan)).toBe("6 runners: 1 will be updated, 4 skipped, 1 still being checked");
  });

  it("compares update windows by their hours; clearing matches runners without one", () => {
    const runners = [
      summaryRow("none", { settings: stable }),
      summaryRow("night", { settings: { ...stable, updateWindow: { startHour: 2, endHour: 4 } } }),
      summaryRow("noon", { settings: { ...stable, updateWindow: { startHour: 12, endHour: 14 } } }),
    ];
    const set = planFleetUpdate(runners, { updateWindow: { startHour: 2, endHour: 4 } }, everyone);
    expect(set.toUpdate.map((u) => u.runner.name)).toEqual(["none", "noon"]);
    const clear = planFleetUpdate(runners, { updateWindow: null }, everyone);
    expect(clear.toUpdate.map((u) => u.runner.name)).toEqual(["night", "noon"]);
    expect(settingText(clear.bySetting[0] ?? { name: "updateWindow", change: 0, already: 0 }, { updateWindow: null })).toBe(
      "2 will change update window to any time, 1 already updating at any time",
    );
  });
});

describe("buildFleetUpdateRequest", () => {
  it("holds only the settings the change sets; each runner's request differs only in its id", () => {
    const base = buildFleetUpdateRequest({ autoUpdate: true, updateWindow: null });
    const configuration = base.spec?.configuration;
    expect(configuration?.autoUpdate).toBe(true);
    expect(configuration?.releaseChannel).toBeUndefined();
    expect(configuration?.logLevel).toBeUndefined();
    // An update window without hours clears it.
    expect(configuration?.updateWindow).toBeDefined();
    expect([configuration?.updateWindow?.startHour, configuration?.updateWindow?.endHour]).toEqual([undefined, undefined]);
    const one = requestFor(base, "runner-1");
    const two = requestFor(base, "runner-2");
    expect([one.runnerId, two.runnerId, base.runnerId]).toEqual(["runner-1", "runner-2", ""]);
    expect(one.spec).toBe(base.spec);
  });
});
