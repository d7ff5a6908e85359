import { targetText, type FleetChange, settingLabels } from "./fleet-change";
import type { FleetUpdatePlan, SettingCount, SkipReason } from "./fleet-update-plan";

const n = (count: number) => count.toLocaleString("en-US");
export const runnersText = (count: number) => `${n(count)} runner${count === 1 ? "" : "s"}`;

/** "37 runners: 12 will be updated, 25 already have these settings, 3 skipped". */
export function planHeadline(plan: FleetUpdatePlan): string {
  const parts = [`${n(plan.toUpdate.length)} will be updated`];
  if (plan.unchanged.length) parts.push(`${n(plan.unchanged.length)} already ${plan.unchanged.length === 1 ? "has" : "have"} these settings`);
  if (plan.skipped.length) parts.push(`${n(plan.skipped.length)} skipped`);
  if (plan.checking) parts.push(`${n(plan.checking)} still being checked`);
  return `${runnersText(plan.total)}: ${parts.join(", ")}`;
}

/** "12 will change release channel to Stable, 25 already on Stable". */
export function settingText(count: SettingCount, change: FleetChange): string {
  const target = targetText(change, count.name);
  const label = settingLabels[count.name];
  const already =
    count.name === "autoUpdate" ? `auto-update already ${target}` : count.name === "updateWindow" ? `already updating at ${target}` : `already on ${target}`;
  const parts = [`${n(count.change)} will change ${label} to ${target}`];
  if (count.already) parts.push(`${n(count.already)} ${already}`);
  return parts.join(", ");
}

export const skipReasonText: Record<SkipReason, string> = {
  userRole: "You have the user role on these runners; changing a runner's settings needs the admin role.",
  roleUnknown: "Your role on these runners could not be read, so nothing is sent to them.",
  deleting: "These runners are being deleted and can no longer be changed.",
  localConfiguration: "This holds the organization's settings for local runners; change it on its own page.",
};

/** Skipped runners grouped by reason, in a fixed order. */
export function skippedByReason(plan: FleetUpdatePlan): { reason: SkipReason; names: string[] }[] {
  const order: SkipReason[] = ["userRole", "roleUnknown", "deleting", "localConfiguration"];
  return order.flatMap((reason) => {
    const names = plan.skipped.filter((skip) => skip.reason === reason).map((skip) => skip.runner.name || skip.runner.id);
    return names.length ? [{ reason, names }] : [];
  });
}
