import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { toast } from "../../../components/ui/toast";
import { RunnerConfigurationService, type HostAuthenticationToken } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { deleteHostTokenRequest } from "../host-token-requests";
import { useDeleteHostToken } from "../../../api/runner-configuration/delete-host-authentication-token";

interface DeleteHostTokenDialogProps {
  token: HostAuthenticationToken | null;
  runnerName?: string;
  onClose: () => void;
}

export function DeleteHostTokenDialog({ token, runnerName, onClose }: DeleteHostTokenDialogProps) {
  const deleteToken = useDeleteHostToken();
  return (
    <ConfirmDialog
      open={token !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={token ? `Delete the ${token.host} token?` : "Delete host token?"}
      description={`${runnerName ?? "The runner"} can no longer reach ${token?.host ?? "the host"} as this user until a new token is added or they connect again.`}
      confirmLabel="Delete token"
      variant="danger"
      extraActions={
        token ? (
          <ShowApiCallButton method={RunnerConfigurationService.method.deleteHostAuthenticationToken} request={() => deleteHostTokenRequest(token.id)} />
        ) : null
      }
      onConfirm={async () => {
        if (!token) return;
        await deleteToken.mutateAsync(deleteHostTokenRequest(token.id));
        toast.success(`Deleted the ${token.host} token`);
      }}
    />
  );
}
