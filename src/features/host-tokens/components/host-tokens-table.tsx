import { Badge } from "../../../components/ui/badge";
import { CopyButton } from "../../../components/ui/copy-button";
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
import {
  HostAuthenticationTokenSource,
  type HostAuthenticationToken,
} from "../../../gen/gitpod/v1/runner_configuration_pb";
import { ExpiryBadge } from "./expiry-badge";

interface HostTokensTableProps {
  label: string;
  tokens: readonly HostAuthenticationToken[];
  /** Runner names by id; the runner column is left out when not given (a runner's own tab). */
  runnerNames?: ReadonlyMap<string, string>;
  /** The signed-in user: their tokens show their name instead of an id. */
  me: { id: string; displayName: string } | undefined;
  canManage: (token: HostAuthenticationToken) => boolean;
  onUpdate: (token: HostAuthenticationToken) => void;
  onDelete: (token: HostAuthenticationToken) => void;
}

const sourceLabels: Record<HostAuthenticationTokenSource, string> = {
  [HostAuthenticationTokenSource.UNSPECIFIED]: "Unknown",
  [HostAuthenticationTokenSource.OAUTH]: "OAuth",
  [HostAuthenticationTokenSource.PAT]: "PAT",
};

/** The first block of a UUID (8 characters) and an ellipsis; shorter IDs stay whole. */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

export function subjectIdOf(token: HostAuthenticationToken): string {
  return token.subject?.id || token.userId;
}

/** Host tokens: host, runner, subject, source, scopes, expiry. Token values are never part of it (write-only). */
export function HostTokensTable({
  label,
  tokens,
  runnerNames,
  me,
  canManage,
  onUpdate,
  onDelete,
}: HostTokensTableProps) {
  const anyActions = tokens.some(canManage);
  return (
    <Table label={label}>
      <TableHead>
        <TableRow>
          <TableHeaderCell>Host</TableHeaderCell>
          {runnerNames ? <TableHeaderCell>Runner</TableHeaderCell> : null}
          <TableHeaderCell>Subject</TableHeaderCell>
          <TableHeaderCell>Source</TableHeaderCell>
          <TableHeaderCell>Scopes</TableHeaderCell>
          <TableHeaderCell>Expiry</TableHeaderCell>
          {anyActions ? <ActionsHeaderCell /> : null}
        </TableRow>
      </TableHead>
      <TableBody>
        {tokens.map((token) => {
          const subjectId = subjectIdOf(token);
          const mine = me !== undefined && subjectId === me.id;
          const name = `${token.host} token of ${mine ? "yours" : subjectId}`;
          return (
            <TableRow key={token.id}>
              <TableCell className="max-w-xs min-w-32 font-medium">{token.host}</TableCell>
              {runnerNames ? (
                <NameOrIdCell name={runnerNames.get(token.runnerId)} id={token.runnerId} />
              ) : null}
              <TableCell>
                {mine ? (
                  <span>
                    {me.displayName} <span className="text-slate-500 dark:text-slate-400">(you)</span>
                  </span>
                ) : (
                  <span className="inline-flex items-center gap-1 whitespace-nowrap">
                    {/* A UUID would wrap over four lines: the start identifies it, Copy takes all of it. */}
                    <span className="font-mono text-xs" title={subjectId}>
                      {shortId(subjectId)}
                    </span>
                    <CopyButton
                      value={subjectId}
                      label="Copy"
                      variant="ghost"
                      aria-label={`Copy user ID ${subjectId}`}
                    />
                  </span>
                )}
              </TableCell>
              <TableCell className="whitespace-nowrap">{sourceLabels[token.source]}</TableCell>
              <TableCell>
                {token.scopes.length === 0 ? (
                  <span className="text-slate-500 dark:text-slate-400">—</span>
                ) : (
                  <span className="flex flex-wrap gap-1">
                    {token.scopes.map((scope) => (
                      <Badge key={scope} tone="neutral">
                        {scope}
                      </Badge>
                    ))}
                  </span>
                )}
              </TableCell>
              <TableCell>
                <ExpiryBadge expiresAt={token.expiresAt} />
              </TableCell>
              {anyActions ? (
                <RowActionsCell
                  itemName={name}
                  actions={
                    canManage(token)
                      ? [
                          { label: "Update", onClick: () => onUpdate(token) },
                          { label: "Delete", onClick: () => onDelete(token) },
                        ]
                      : []
                  }
                />
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
