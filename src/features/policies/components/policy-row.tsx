import type { ChangeEvent } from "react";
import { enumLabel, runnerRoleLabels } from "../../../../common/enum-labels";
import { Badge } from "../../../components/ui/badge";
import { RowActionsCell } from "../../../components/ui/row-actions";
import { Select } from "../../../components/ui/select";
import { TableCell, TableRow } from "../../../components/ui/table";
import { RunnerRole, type RunnerPolicy } from "../../../gen/gitpod/v1/runner_pb";
import { assignableRoles, isAssignableRole } from "../policy-rules";

interface PolicyRowProps {
  policy: RunnerPolicy;
  /** The group's name, or undefined when ListGroups does not know the id. */
  groupName: string | undefined;
  canManage: boolean;
  busy: boolean;
  onChangeRole: (role: RunnerRole) => void;
  onRemove: () => void;
  /** Shows the UpdateRunnerPolicy request that choosing the other role sends. */
  onShowApiCall: () => void;
}

const roleOptions = assignableRoles.map((role) => ({ value: String(role), label: runnerRoleLabels[role] }));

export function PolicyRow({ policy, groupName, canManage, busy, onChangeRole, onRemove, onShowApiCall }: PolicyRowProps) {
  const name = groupName ?? "Unknown group";
  const onSelect = (event: ChangeEvent<HTMLSelectElement>) => {
    const role = Number(event.target.value);
    if (isAssignableRole(role)) onChangeRole(role);
  };
  return (
    <TableRow>
      <TableCell>
        <span className="font-medium">{name}</span>
        {groupName === undefined ? (
          <span className="ml-2 font-mono text-xs text-slate-500">{policy.groupId}</span>
        ) : null}
      </TableCell>
      <TableCell>
        {canManage ? (
          <div className="w-40">
            <Select
              aria-label={`Role of ${name}`}
              value={String(policy.role)}
              onChange={onSelect}
              disabled={busy}
            >
              {isAssignableRole(policy.role) ? null : (
                <option value={String(policy.role)}>{enumLabel(runnerRoleLabels, policy.role)}</option>
              )}
              {roleOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          </div>
        ) : (
          <Badge tone={policy.role === RunnerRole.ADMIN ? "info" : "neutral"}>
            {enumLabel(runnerRoleLabels, policy.role)}
          </Badge>
        )}
      </TableCell>
      {canManage ? (
        <RowActionsCell itemName={name} actions={[
            { label: "API call", accessibleLabel: "Show API call for", onClick: onShowApiCall },
            { label: "Remove", onClick: onRemove, disabled: busy },
          ]} />
      ) : null}
    </TableRow>
  );
}
