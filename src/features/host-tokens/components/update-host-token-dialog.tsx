import { CopyableId } from "../../../components/ui/copyable-id";
import { FormDialog, useFormDialog } from "../../../components/ui/form-dialog";
import { Loaded } from "../../../components/ui/loaded";
import { toast } from "../../../components/ui/toast";
import { RunnerConfigurationService, type HostAuthenticationToken } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { useHostAuthenticationToken } from "../../../api/runner-configuration/get-host-authentication-token";
import { useUpdateHostToken } from "../../../api/runner-configuration/update-host-authentication-token";
import { isEmptyUpdate, updateFormDefaults, updateHostTokenRequest } from "../host-token-requests";
import type { UpdateHostTokenValues } from "../host-token-schemas";
import { UpdateHostTokenForm } from "./update-host-token-form";

const NOTHING_CHANGED = "Nothing is changed yet: Save changes sends nothing until a field differs. Once one does, this request carries it.";

interface UpdateHostTokenDialogProps {
  /** The token to update; null closes the dialog. */
  token: HostAuthenticationToken | null;
  /** The token's runner, named in the description. */
  runnerName?: string;
  onClose: () => void;
}

export function UpdateHostTokenDialog({ token: row, runnerName, onClose }: UpdateHostTokenDialogProps) {
  const dialog = useFormDialog(useUpdateHostToken(), onClose);
  // The form starts from the token as the server has it now, not from the list row.
  const current = useHostAuthenticationToken(row?.id);
  const submit = async (token: HostAuthenticationToken, values: UpdateHostTokenValues) => {
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
      open={row !== null}
      onClose={dialog.close}
      title={row ? `Update the ${row.host} token` : "Update host token"}
      description={`${runnerName ?? "The runner"} uses it to reach ${row?.host ?? "the host"}. Only the fields you change are sent; the current value is never shown.`}
    >
      <Loaded query={current} value={current.data?.token} what="the token's current settings" onClose={dialog.close}>
        {(token) => (
          <div className="space-y-4">
            <CopyableId value={token.id} label="Token ID" />
            <UpdateHostTokenForm
              defaultValues={updateFormDefaults(token)}
              onSubmit={(values) => submit(token, values)}
              extraActions={(validated) => (
                <ShowApiCallButton
                  method={RunnerConfigurationService.method.updateHostAuthenticationToken}
                  note={(request) => (isEmptyUpdate(request) ? NOTHING_CHANGED : null)}
                  request={async () => {
                    const values = await validated();
                    return values && updateHostTokenRequest(token, values);
                  }}
                />
              )}
              {...dialog.formProps}
            />
          </div>
        )}
      </Loaded>
    </FormDialog>
  );
}
