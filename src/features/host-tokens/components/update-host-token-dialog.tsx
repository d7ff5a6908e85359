import { Dialog } from "../../../components/ui/dialog";
import { toast } from "../../../components/ui/toast";
import type { HostAuthenticationToken } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { useUpdateHostToken } from "../api/update-host-authentication-token";
import { isEmptyUpdate, updateFormDefaults, updateHostTokenRequest } from "../host-token-requests";
import type { UpdateHostTokenValues } from "../host-token-schemas";
import { UpdateHostTokenForm } from "./update-host-token-form";

interface UpdateHostTokenDialogProps {
  /** The token to update; null closes the dialog. */
  token: HostAuthenticationToken | null;
  onClose: () => void;
}

export function UpdateHostTokenDialog({ token, onClose }: UpdateHostTokenDialogProps) {
  const updateToken = useUpdateHostToken();
  const close = () => {
    updateToken.reset();
    onClose();
  };
  const submit = async (values: UpdateHostTokenValues) => {
    if (!token) return;
    const request = updateHostTokenRequest(token, values);
    if (isEmptyUpdate(request)) {
      toast.info("Nothing changed");
      close();
      return;
    }
    await updateToken.mutateAsync(request).then(
      () => {
        toast.success(
          request.token !== undefined ? `Rotated the ${token.host} token` : `Updated the ${token.host} token`,
        );
        close();
      },
      () => undefined,
    );
  };
  return (
    <Dialog
      open={token !== null}
      onOpenChange={(next) => (next ? undefined : close())}
      title={token ? `Update the ${token.host} token` : "Update host token"}
      description="Only the fields you change are sent."
    >
      {token ? (
        <UpdateHostTokenForm
          defaultValues={updateFormDefaults(token)}
          onSubmit={submit}
          onCancel={close}
          isSubmitting={updateToken.isPending}
          error={updateToken.error}
        />
      ) : null}
    </Dialog>
  );
}
