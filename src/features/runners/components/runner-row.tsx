import { Link } from "@tanstack/react-router";
import { memo } from "react";
import { runnerProviderText } from "../../../../common/enum-labels";
import { Badge } from "../../../components/ui/badge";
import { RunnerLastSeen, RunnerSummaryStatusBadge } from "../../../components/ui/runner-phase-badge";
import type { RunnerSummary } from "../../../api/fleet/runner-summary";
import { RunnerKind } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { isOutdated } from "./versions";

export const ROW_HEIGHT = 44;

interface RunnerRowProps {
  runner: RunnerSummary;
  /** 1-based position among all shown rows (the header is row 1). */
  rowIndex: number;
  newest: string;
  /** The clock the status is judged by (stale or not). */
  nowMs: number;
  selectable: boolean;
  selected: boolean;
  onToggle: (runnerId: string) => void;
}

const cell = "px-3 py-0 align-middle whitespace-nowrap text-slate-800 dark:text-slate-200";

/** The same dash for every empty cell (a monospace dash would look different). */
function NotApplicable() {
  return <span className="text-slate-400 dark:text-slate-500">—</span>;
}

/** One runner in the virtualised table; memoised so scrolling re-renders only rows that enter the window. */
export const RunnerRow = memo(function RunnerRow({
  runner,
  rowIndex,
  newest,
  nowMs,
  selectable,
  selected,
  onToggle,
}: RunnerRowProps) {
  const { version, region } = runner;
  const isLocalConfiguration = runner.kind === RunnerKind.LOCAL_CONFIGURATION;
  return (
    <tr
      aria-rowindex={rowIndex}
      aria-selected={selectable ? selected : undefined}
      style={{ height: ROW_HEIGHT }}
      className="border-b border-slate-200 bg-white hover:bg-slate-50 dark:border-slate-800 dark:bg-slate-950 dark:hover:bg-slate-900"
    >
      {selectable ? (
        <td className={`${cell} w-10`}>
          <input
            type="checkbox"
            className="size-4 accent-[var(--rc-brand,#4f46e5)]"
            aria-label={`Select ${runner.name}`}
            checked={selected}
            disabled={isLocalConfiguration}
            title={isLocalConfiguration ? "The local configuration runner holds organization settings: it cannot be deleted, and its settings change on its own page" : undefined}
            onChange={() => onToggle(runner.id)}
          />
        </td>
      ) : null}
      <td className={`${cell} max-w-64 truncate font-medium`}>
        <Link
          to="/runners/$runnerId"
          params={{ runnerId: runner.id }}
          className="text-link hover:underline focus-visible:outline-2 focus-visible:outline-brand"
        >
          {runner.name || runner.id}
        </Link>
      </td>
      <td className={`${cell} truncate`}>{runnerProviderText(runner) || <NotApplicable />}</td>
      <td className={cell}>
        <RunnerSummaryStatusBadge runner={runner} nowMs={nowMs} />
      </td>
      <td className={cell}>
        {version ? <span className="font-mono text-xs">{version}</span> : <NotApplicable />}
        {isOutdated(version, newest) ? (
          <Badge tone="warning" className="ml-2">
            outdated
          </Badge>
        ) : null}
      </td>
      <td className={`${cell} truncate`}>{region || <NotApplicable />}</td>
      <td className={cell}>
        <RunnerLastSeen runner={runner} />
      </td>
    </tr>
  );
});
