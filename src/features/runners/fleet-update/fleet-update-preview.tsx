import type { FleetChange } from "./fleet-change";
import type { FleetUpdatePlan } from "./fleet-update-plan";
import { planHeadline, settingText, skippedByReason, skipReasonText } from "./plan-text";

/** Names shown per group before "and N more". */
const NAMES_SHOWN = 8;

function Names({ names }: { names: readonly string[] }) {
  const shown = names.slice(0, NAMES_SHOWN);
  const more = names.length - shown.length;
  return (
    <span className="break-words text-slate-800 dark:text-slate-200">
      {shown.join(", ")}
      {more > 0 ? ` and ${more.toLocaleString("en-US")} more` : ""}
    </span>
  );
}

interface FleetUpdatePreviewProps {
  plan: FleetUpdatePlan;
  change: FleetChange;
  /** Roles read so far, while the permission check runs (members only). */
  checking: { read: number; total: number } | undefined;
}

/** What applying the change will do: per setting how many change and how many already have it; who is skipped and why. */
export function FleetUpdatePreview({ plan, change, checking }: FleetUpdatePreviewProps) {
  const groups = skippedByReason(plan);
  return (
    <section aria-label="Preview" className="mt-5 rounded-rc border border-slate-200 bg-slate-50 p-4 text-sm dark:border-slate-700 dark:bg-slate-950">
      <h3 className="font-semibold">Preview</h3>
      <p role="status" className="mt-1 text-slate-800 dark:text-slate-200">
        {planHeadline(plan)}
      </p>
      {checking && plan.checking > 0 ? (
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          Checking your role on each runner ({checking.read.toLocaleString("en-US")} of {checking.total.toLocaleString("en-US")})…
        </p>
      ) : null}
      {plan.bySetting.length === 0 ? (
        <p className="mt-2 text-slate-600 dark:text-slate-400">Choose at least one setting to change.</p>
      ) : (
        <ul aria-label="Changes by setting" className="mt-2 list-disc space-y-1 pl-5">
          {plan.bySetting.map((count) => (
            <li key={count.name}>{settingText(count, change)}</li>
          ))}
        </ul>
      )}
      {groups.length > 0 ? (
        <div className="mt-3 space-y-2">
          <h4 className="font-medium">Nothing is sent to {plan.skipped.length.toLocaleString("en-US")} of them</h4>
          <ul aria-label="Runners left out" className="space-y-2">
            {groups.map(({ reason, names }) => (
              <li key={reason} className="text-slate-600 dark:text-slate-400">
                <p>{skipReasonText[reason]}</p>
                <Names names={names} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
