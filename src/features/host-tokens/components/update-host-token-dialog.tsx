import { CopyableId } from "../../../components/ui/copyable-id";
import { FormDialog, useFormDialog } from "../../../components/ui/form-dialog";
import { toast } from "../../../components/ui/toast";
import type { HostAuthenticationToken } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { useUpdateHostToken } from "../../../api/runner-configuration/update-host-authentication-token";
import { isEmptyUpdate, updateFormDefaults, updateHostTokenRequest } from "../host-token-requests";
import type { UpdateHostTokenValues } from "../host-token-schemas";
import { UpdateHostTokenForm } from "./update-host-token-form";

interface UpdateHostTokenDialogProps {
  /** The token to update; null closes the dialog. */
  token: HostAuthenticationToken | null;
  /** The token's runner, named in the description. */
  runnerName?: string;
  onClose: () => void;
}

export function UpdateHostTokenDialog({ token, runnerName, onClose }: UpdateHostTokenDialogProps) {
  const dialog = useFormDialog(useUpdateHostToken(), onClose);
  const submit = async (values: UpdateHostTokenValues) => {
    if (!token) return;
    const request = updateHostTokenRequest(token, values);
    if (isEmptyUpdate(request)) {
      toast.info("Nothing changed");
      dialog.close();
      return;
    }
    await dialog.submit(request, () =>
      toast.success(
        request.token !== undefined ? `Rotated the ${token.host} token` : `Updated the ${token.host} token`,
      ),
    );
  };
  return (
    <FormDialog
      open={token !== null}
      onClose={dialog.close}
      title={token ? `Update the ${token.host} token` : "Update host token"}
      description={`${runnerName ?? "The runner"} uses it to reach ${token?.host ?? "the host"}. Only the fields you change are sent; the current value is never shown.`}
    >
      {token ? (
        <div className="space-y-4">
          <CopyableId value={token.id} label="Token ID" />
          <UpdateHostTokenForm
            defaultValues={updateFormDefaults(token)}
            onSubmit={submit}
            {...dialog.formProps}
          />
        </div>
      ) : null}
    </FormDialog>
  );
}
