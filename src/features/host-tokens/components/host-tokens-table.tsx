import { Badge } from "../../../components/ui/badge";
import { Button } from "../../../components/ui/button";
import { CopyButton } from "../../../components/ui/copy-button";
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
          {anyActions ? (
            <TableHeaderCell>
              <span className="sr-only">Actions</span>
            </TableHeaderCell>
          ) : null}
        </TableRow>
      </TableHead>
      <TableBody>
        {tokens.map((token) => {
          const subjectId = subjectIdOf(token);
          const mine = me !== undefined && subjectId === me.id;
          const name = `${token.host} token of ${mine ? "yours" : subjectId}`;
          return (
            <TableRow key={token.id}>
              <TableCell className="font-medium whitespace-nowrap">{token.host}</TableCell>
              {runnerNames ? (
                <TableCell className="whitespace-nowrap">
                  {runnerNames.get(token.runnerId) ?? (
                    <span className="font-mono text-xs">{token.runnerId}</span>
                  )}
                </TableCell>
              ) : null}
              <TableCell>
                {mine ? (
                  <span>
                    {me.displayName} <span className="text-slate-500 dark:text-slate-400">(you)</span>
                  </span>
                ) : (
                  <span className="inline-flex items-center gap-1">
                    <span className="font-mono text-xs">{subjectId}</span>
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
                <TableCell className="text-right whitespace-nowrap">
                  {canManage(token) ? (
                    <span className="inline-flex gap-1">
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => onUpdate(token)}
                        aria-label={`Update ${name}`}
                      >
                        Update
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => onDelete(token)}
                        aria-label={`Delete ${name}`}
                      >
                        Delete
                      </Button>
                    </span>
                  ) : null}
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
