import { enumLabel, hostAuthenticationTokenSourceLabels } from "../../../../common/enum-labels";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { ErrorState } from "../../../components/ui/error-state";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { toast } from "../../../components/ui/toast";
import { RunnerConfigurationService, type SCMIntegration } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { deleteScmRequest } from "../scm-form-model";
import { useDeleteScmIntegration } from "../../../api/runner-configuration/delete-scm-integration";
import { useAllHostTokens } from "../../../api/runner-configuration/list-host-authentication-tokens";

interface DeleteScmIntegrationDialogProps {
  integration: SCMIntegration | null;
  runnerName?: string;
  /** The signed-in user, to name their own tokens. */
  me: { id: string; displayName: string } | undefined;
  /** Org admins see every user's tokens; others only their own. */
  seesAllTokens: boolean;
  onClose: () => void;
}

export function DeleteScmIntegrationDialog({
  integration,
  runnerName,
  me,
  seesAllTokens,
  onClose,
}: DeleteScmIntegrationDialogProps) {
  const deleteIntegration = useDeleteScmIntegration();
  const host = integration?.host ?? "";
  return (
    <ConfirmDialog
      open={integration !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={`Delete the ${host} integration?`}
      description={`${runnerName ?? "The runner"} will no longer reach ${host}. Its host tokens for ${host} are deleted with it.`}
      confirmLabel="Delete integration"
      variant="danger"
      extraActions={
        integration ? (
          <ShowApiCallButton method={RunnerConfigurationService.method.deleteSCMIntegration} request={() => deleteScmRequest(integration.id)} />
        ) : null
      }
      onConfirm={async () => {
        if (!integration) return;
        await deleteIntegration.mutateAsync(deleteScmRequest(integration.id));
        toast.success(`Deleted the ${host} integration`);
      }}
    >
      {integration ? (
        <TokensGoingWithIt
          runnerId={integration.runnerId}
          host={host}
          me={me}
          seesAllTokens={seesAllTokens}
        />
      ) : null}
    </ConfirmDialog>
  );
}

function TokensGoingWithIt({
  runnerId,
  host,
  me,
  seesAllTokens,
}: {
  runnerId: string;
  host: string;
  me: DeleteScmIntegrationDialogProps["me"];
  seesAllTokens: boolean;
}) {
  const query = useAllHostTokens({ runnerId }, { maxPages: 10 });
  if (query.isPending || (!query.complete && !query.isError))
    return <SkeletonRows rows={2} label={`Loading the host tokens for ${host}`} />;
  if (query.isError)
    return (
      <ErrorState
        title="Could not list the host tokens that go with it"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  const tokens = query.tokens.filter((token) => token.host === host);
  const scope = seesAllTokens ? "" : " (you only see your own; other users' tokens for this host go too)";
  if (tokens.length === 0) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        No host tokens for {host} on this runner{scope}.
      </p>
    );
  }
  return (
    <div className="space-y-2 text-sm">
      <p className="font-medium">
        {tokens.length === 1 ? "This host token is" : `These ${tokens.length} host tokens are`} deleted too
        {scope}:
      </p>
      <ul
        aria-label={`Host tokens deleted with the ${host} integration`}
        className="list-disc space-y-1 pl-5"
      >
        {tokens.map((token) => {
          const subjectId = token.subject?.id || token.userId;
          const mine = me !== undefined && subjectId === me.id;
          return (
            <li key={token.id}>
              {mine ? `${me.displayName} (you)` : <span className="font-mono text-xs">{subjectId}</span>} —{" "}
              {enumLabel(hostAuthenticationTokenSourceLabels, token.source)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
