import { Badge } from "../../../components/ui/badge";
import { NameOrIdCell } from "../../../components/ui/name-or-id-cell";
import { ActionsHeaderCell, RowActionsCell } from "../../../components/ui/row-actions";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "../../../components/ui/table";
import type { SCMIntegration } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { AuthStatus } from "./auth-status";
import { ScmName } from "./scm-name";

interface ScmIntegrationsTableProps {
  label: string;
  integrations: readonly SCMIntegration[];
  /** Runner names by id; the runner column is left out when not given (a runner's own tab). */
  runnerNames?: ReadonlyMap<string, string>;
  canManage: boolean;
  onEdit: (integration: SCMIntegration) => void;
  onDelete: (integration: SCMIntegration) => void;
}

/** SCM, host, OAuth (client id; the secret only as "set"), PAT on/off, the signed-in user's access, runner. */
export function ScmIntegrationsTable({
  label,
  integrations,
  runnerNames,
  canManage,
  onEdit,
  onDelete,
}: ScmIntegrationsTableProps) {
  return (
    <Table label={label}>
      <TableHead>
        <TableRow>
          <TableHeaderCell>SCM</TableHeaderCell>
          <TableHeaderCell>Host</TableHeaderCell>
          <TableHeaderCell>OAuth</TableHeaderCell>
          <TableHeaderCell>Personal access tokens</TableHeaderCell>
          <TableHeaderCell>Your access</TableHeaderCell>
          {runnerNames ? <TableHeaderCell>Runner</TableHeaderCell> : null}
          {canManage ? <ActionsHeaderCell /> : null}
        </TableRow>
      </TableHead>
      <TableBody>
        {integrations.map((integration) => {
          const runnerName = runnerNames?.get(integration.runnerId);
          const name = `${integration.host}${runnerName ? ` on ${runnerName}` : ""}`;
          return (
            <TableRow key={integration.id}>
              <TableCell className="font-medium whitespace-nowrap">
                <ScmName runnerId={integration.runnerId} scmId={integration.scmId} />
              </TableCell>
              <TableCell className="max-w-xs min-w-32">
                {integration.host}
                {integration.virtualDirectory ? (
                  <span className="text-slate-500 dark:text-slate-400">{integration.virtualDirectory}</span>
                ) : null}
              </TableCell>
              <TableCell>
                {integration.oauth ? (
                  <span className="flex flex-col gap-0.5">
                    <span>
                      Client ID{" "}
                      <span className="font-mono text-xs whitespace-nowrap">
                        {integration.oauth.clientId}
                      </span>
                    </span>
                    <span className="text-xs text-slate-600 dark:text-slate-400">
                      Secret: {integration.oauth.encryptedClientSecret.length > 0 ? "set" : "not set"}
                    </span>
                  </span>
                ) : (
                  <Badge tone="muted">Off</Badge>
                )}
              </TableCell>
              <TableCell>
                {integration.pat ? <Badge tone="success">On</Badge> : <Badge tone="muted">Off</Badge>}
              </TableCell>
              <TableCell>
                <AuthStatus runnerId={integration.runnerId} host={integration.host} label={name} />
              </TableCell>
              {runnerNames ? <NameOrIdCell name={runnerName} id={integration.runnerId} /> : null}
              {canManage ? (
                <RowActionsCell
                  itemName={name}
                  actions={[
                    { label: "Edit", onClick: () => onEdit(integration) },
                    { label: "Delete", onClick: () => onDelete(integration) },
                  ]}
                />
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
