import { rpcLabel } from "../../../../common/activity-rpcs";
import { Badge } from "../../../components/ui/badge";
import { RelativeTime } from "../../../components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "../../../components/ui/table";
import type { ActivityRecord } from "../../../gen/console/v1/activity_pb";
import { changeFieldText, changeValueText } from "../change-text";

interface ActivityTableProps {
  label: string;
  records: readonly ActivityRecord[];
  /** The signed-in user's subject id: their rows say "(you)". */
  myId: string | undefined;
  /** A runner's own tab leaves the runner out of the target column. */
  showRunner: boolean;
}

function outcomeText(outcome: string): string {
  if (outcome === "ok") return "Done";
  const text = outcome.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

function TargetCell({ record, showRunner }: { record: ActivityRecord; showRunner: boolean }) {
  const name = record.targetName || (record.targetId ? shortId(record.targetId) : "—");
  const runner = record.runnerName || (record.runnerId ? shortId(record.runnerId) : "");
  const onRunner = showRunner && record.targetType !== "runner" && runner;
  return (
    <TableCell>
      {/* One child per cell: the stacked layout on narrow screens is a two-column grid (label, value). */}
      <div>
        <span className="block">
          {record.targetType ? <span className="text-slate-500 dark:text-slate-400">{record.targetType} </span> : null}
          <span className="font-medium" title={record.targetId || undefined}>
            {name}
          </span>
        </span>
        {onRunner ? <span className="block text-xs text-slate-500 dark:text-slate-400">on runner {runner}</span> : null}
      </div>
    </TableCell>
  );
}

/** One row per recorded change: when, who, what, on what, how it ended, and the fields it set. */
export function ActivityTable({ label, records, myId, showRunner }: ActivityTableProps) {
  return (
    <Table label={label}>
      <TableHead>
        <TableRow>
          <TableHeaderCell>When</TableHeaderCell>
          <TableHeaderCell>Who</TableHeaderCell>
          <TableHeaderCell>Action</TableHeaderCell>
          <TableHeaderCell>Target</TableHeaderCell>
          <TableHeaderCell>Outcome</TableHeaderCell>
          <TableHeaderCell>Changes</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {records.map((record) => (
          <TableRow key={record.id}>
            <TableCell className="whitespace-nowrap">
              <RelativeTime value={record.time} />
            </TableCell>
            <TableCell>
              <span>
                {record.subjectName || shortId(record.subjectId)}
                {record.subjectId === myId ? <span className="text-slate-500 dark:text-slate-400"> (you)</span> : null}
              </span>
            </TableCell>
            <TableCell className="font-medium">{rpcLabel(record.rpc)}</TableCell>
            <TargetCell record={record} showRunner={showRunner} />
            <TableCell>
              <div>
                <Badge tone={record.outcome === "ok" ? "success" : "danger"}>{outcomeText(record.outcome)}</Badge>
                {record.errorMessage ? (
                  <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">{record.errorMessage}</span>
                ) : null}
              </div>
            </TableCell>
            <TableCell>
              {record.changes.length === 0 ? (
                <span className="text-slate-500 dark:text-slate-400">—</span>
              ) : (
                <ul className="space-y-0.5 text-xs">
                  {record.changes.map((change) => (
                    <li key={change.field}>
                      <span className="text-slate-600 dark:text-slate-400">{changeFieldText(change.field)}:</span>{" "}
                      <span className={change.secret ? "italic" : "font-mono"}>{changeValueText(change)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
