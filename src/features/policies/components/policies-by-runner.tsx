import { Link } from "@tanstack/react-router";
import { Fragment, useMemo, useState } from "react";
import { runnerProviderText } from "../../../../common/enum-labels";
import { Button } from "../../../components/ui/button";
import { EmptyState } from "../../../components/ui/empty-state";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "../../../components/ui/table";
import type { PolicyRunner } from "./policy-view-data";
import { runnerMatches, type SharedFilter } from "../policy-rules";
import type { PolicyViewData } from "./policy-view-data";
import { RunnerPoliciesPanel } from "./runner-policies-panel";
import { SharingText } from "./sharing-cell";

/** Rows rendered at first; "Show more" adds as many (their sharing is read as they appear). */
export const POLICY_ROWS_STEP = 50;

interface PoliciesByRunnerProps {
  data: PolicyViewData;
  query: string;
  shared: SharedFilter | undefined;
  selected: ReadonlySet<string>;
  onSelectedChange: (selected: ReadonlySet<string>) => void;
  /** Rows shown; the page reads the sharing of these (all when filtering by sharing). */
  shown: number;
  onShowMore: () => void;
}

/** One compact row per runner: who it is shared with; "Manage" opens the runner's sharing in place. */
export function PoliciesByRunner({ data, query, shared, selected, onSelectedChange, shown, onShowMore }: PoliciesByRunnerProps) {
  const { runners, policies, groupNames, canManage } = data;
  const [open, setOpen] = useState<string | null>(null);
  const matching = useMemo(
    () =>
      runners.filter((runner) =>
        runnerMatches(runner, policies.byRunner.get(runner.runnerId), query, shared),
      ),
    [runners, policies.byRunner, query, shared],
  );
  const toggle = (runnerId: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(runnerId);
    else next.delete(runnerId);
    onSelectedChange(next);
  };

  if (matching.length === 0) {
    return (
      <EmptyState
        title={runners.length === 0 ? "No runners to share" : "No runner matches"}
        description={
          runners.length === 0
            ? "No runner is visible to you yet."
            : "Change the search or the sharing filter to see more runners."
        }
      />
    );
  }
  return (
    <div className="space-y-3">
      <Table label="Runners and who they are shared with">
        <TableHead>
          <TableRow>
            <TableHeaderCell className="w-10">
              <span className="sr-only">Select</span>
            </TableHeaderCell>
            <TableHeaderCell>Runner</TableHeaderCell>
            <TableHeaderCell className="max-sm:hidden">Provider</TableHeaderCell>
            <TableHeaderCell>Shared with</TableHeaderCell>
            <TableHeaderCell className="w-28">
              <span className="sr-only">Actions</span>
            </TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {matching.slice(0, shown).map((runner) => (
            <Fragment key={runner.runnerId}>
              <TableRow>
                <TableCell className="py-2">
                  {canManage(runner.runnerId) ? (
                    <input
                      type="checkbox"
                      aria-label={`Select ${runner.name}`}
                      className="size-4 accent-[var(--rc-brand,#4f46e5)]"
                      checked={selected.has(runner.runnerId)}
                      onChange={(event) => toggle(runner.runnerId, event.target.checked)}
                    />
                  ) : null}
                </TableCell>
                <TableCell className="py-2 font-medium">
                  <RunnerLink runner={runner} />
                </TableCell>
                <TableCell className="py-2 max-sm:hidden">{runnerProviderText(runner)}</TableCell>
                <TableCell className="py-2">
                  <SharingText
                    policies={policies.byRunner.get(runner.runnerId)}
                    failed={policies.failed.has(runner.runnerId)}
                    groupNames={groupNames}
                  />
                </TableCell>
                <TableCell className="py-2 text-right">
                  <Button
                    size="sm"
                    aria-expanded={open === runner.runnerId}
                    aria-label={`${canManage(runner.runnerId) ? "Manage" : "Show"} sharing of ${runner.name}`}
                    onClick={() => setOpen(open === runner.runnerId ? null : runner.runnerId)}
                  >
                    {open === runner.runnerId ? "Close" : canManage(runner.runnerId) ? "Manage" : "Details"}
                  </Button>
                </TableCell>
              </TableRow>
              {open === runner.runnerId ? (
                <tr>
                  <td colSpan={5} className="bg-slate-50 px-4 py-4 dark:bg-slate-900/60">
                    <section aria-label={runner.name}>
                      <RunnerPoliciesPanel runnerId={runner.runnerId} runnerName={runner.name} />
                    </section>
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </TableBody>
      </Table>
      {matching.length > shown ? (
        <Button size="sm" onClick={onShowMore}>
          Show {Math.min(POLICY_ROWS_STEP, matching.length - shown)} more of {matching.length - shown}
        </Button>
      ) : null}
    </div>
  );
}

/** The runner's name, linking to its page. */
export function RunnerLink({ runner }: { runner: Pick<PolicyRunner, "runnerId" | "name"> }) {
  return (
    <Link to="/runners/$runnerId" params={{ runnerId: runner.runnerId }} className="hover:underline">
      {runner.name}
    </Link>
  );
}
