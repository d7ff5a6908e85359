import { useMemo, useState } from "react";
import { enumLabel, runnerRoleLabels } from "../../../../common/enum-labels";
import { Button } from "../../../components/ui/button";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "../../../components/ui/table";
import type { Group } from "../../../gen/gitpod/v1/group_pb";
import { runnersOfGroup } from "../policy-rules";
import { RunnerLink } from "./policies-by-runner";
import type { PolicyViewData } from "./policy-view-data";

// Rows a group card shows at first and adds per "Show more": a group may hold thousands of runners.
const ROWS_FIRST = 10;
const ROWS_STEP = 50;

interface PoliciesByGroupProps {
  data: PolicyViewData;
  /** Opens the share dialog for this group; undefined when the caller may share no runner. */
  onShare?: (group: Group) => void;
}

/** Each group with the runners it has a role on: "what can the Platform team reach?". */
export function PoliciesByGroup({ data, onShare }: PoliciesByGroupProps) {
  const groups = [...data.groups].sort((a, b) => a.name.localeCompare(b.name));
  if (groups.length === 0)
    return <EmptyState title="No groups" description="The organization has no groups yet." />;
  return (
    <div className="grid gap-4">
      {groups.map((group) => (
        <GroupCard key={group.id} group={group} data={data} onShare={onShare} />
      ))}
    </div>
  );
}

function GroupCard({ group, data, onShare }: { group: Group } & PoliciesByGroupProps) {
  const rows = useMemo(() => runnersOfGroup(group.id, data.runners, data.policies.byRunner), [group.id, data.runners, data.policies.byRunner]);
  const [shown, setShown] = useState(ROWS_FIRST);
  const headingId = `group-policies-${group.id}`;
  const members = `${group.memberCount} ${group.memberCount === 1 ? "member" : "members"}`;
  return (
    <Card role="region" aria-labelledby={headingId}>
      <CardHeader
        title={<span id={headingId}>{group.name}</span>}
        description={`${members} · ${rows.length.toLocaleString("en-US")} ${rows.length === 1 ? "runner" : "runners"}${group.description ? ` · ${group.description}` : ""}`}
        actions={
          onShare ? (
            // The card's heading names the group; the accessible name repeats it for lists of buttons.
            <Button size="sm" aria-label={`Share runners with ${group.name}`} onClick={() => onShare(group)}>
              Share runners
            </Button>
          ) : undefined
        }
      />
      <CardBody>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">
            No runner you can see is shared with {group.name}.
          </p>
        ) : (
          <Table label={`Runners shared with ${group.name}`}>
            <TableHead>
              <TableRow>
                <TableHeaderCell>Runner</TableHeaderCell>
                <TableHeaderCell className="w-32">Role</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.slice(0, shown).map(({ runner, role }) => (
                <TableRow key={runner.runnerId}>
                  <TableCell className="py-2 font-medium">
                    <RunnerLink runner={runner} />
                  </TableCell>
                  <TableCell className="py-2">{enumLabel(runnerRoleLabels, role)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {rows.length > shown ? (
          <Button size="sm" className="mt-3" onClick={() => setShown(shown + ROWS_STEP)} aria-label={`Show ${Math.min(ROWS_STEP, rows.length - shown)} more runners shared with ${group.name}`}>
            Show {Math.min(ROWS_STEP, rows.length - shown).toLocaleString("en-US")} more of {(rows.length - shown).toLocaleString("en-US")}
          </Button>
        ) : null}
      </CardBody>
    </Card>
  );
}
