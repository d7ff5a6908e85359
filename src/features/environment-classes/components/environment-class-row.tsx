import { NameOrIdCell } from "../../../components/ui/name-or-id-cell";
import { RowActionsCell } from "../../../components/ui/row-actions";
import { TableCell, TableRow } from "../../../components/ui/table";
import type { EnvironmentClass } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { useCan } from "../../../api/session/use-can";
import { useRunnerRole } from "../../../api/session/use-runner-role";
import { ConfigurationSummary } from "./configuration-summary";
import { EnabledBadge } from "./enabled-badge";

interface EnvironmentClassRowProps {
  environmentClass: EnvironmentClass;
  /** The runner's name; the column is left out when undefined (e.g. inside a runner's own tab). */
  runnerName?: string;
  showRunner: boolean;
  onEdit: (environmentClass: EnvironmentClass) => void;
}

export function EnvironmentClassRow({
  environmentClass,
  runnerName,
  showRunner,
  onEdit,
}: EnvironmentClassRowProps) {
  const allowed = useCan();
  const runnerRole = useRunnerRole(environmentClass.runnerId);
  const canManage = allowed("environmentClasses:manage", { runnerRole });
  const { displayName, description, enabled, runnerId, configuration } = environmentClass;
  return (
    <TableRow>
      <TableCell className="max-w-xs min-w-32">
        <span className="font-medium">{displayName}</span>
      </TableCell>
      {showRunner ? <NameOrIdCell name={runnerName} id={runnerId} /> : null}
      <TableCell className="max-w-xs text-slate-600 dark:text-slate-400">{description}</TableCell>
      <TableCell>
        <EnabledBadge enabled={enabled} />
      </TableCell>
      <TableCell className="max-w-sm">
        <ConfigurationSummary runnerId={runnerId} configuration={configuration} />
      </TableCell>
      <RowActionsCell
        itemName={displayName}
        actions={[{ label: canManage ? "Edit" : "View", onClick: () => onEdit(environmentClass) }]}
      />
    </TableRow>
  );
}
