import { useCallback, useState } from "react";
import { FormDialog, useFormDialog } from "../../../components/ui/form-dialog";
import { toast } from "../../../components/ui/toast";
import { useRunnerChoices } from "../../../api/fleet/use-runner-choices";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { useCreateHostToken } from "../../../api/runner-configuration/create-host-authentication-token";
import { useSession } from "../../../api/session/get-session";
import { useRunnerScmHosts } from "../../../api/runner-configuration/list-scm-integrations";
import { createHostTokenRequest } from "../host-token-requests";
import type { CreateHostTokenValues } from "../host-token-schemas";
import { CreateHostTokenForm } from "./create-host-token-form";

interface CreateHostTokenDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  fixedRunnerId?: string;
  /** Preselected in the runner picker (the page's runner filter). */
  defaultRunnerId?: string;
  canChooseSubject: boolean;
}

export function CreateHostTokenDialog({
  open,
  onOpenChange,
  fixedRunnerId,
  defaultRunnerId,
  canChooseSubject,
}: CreateHostTokenDialogProps) {
  // Any runner the user can see (a token is their own); read only while the picker is on screen.
  const runners = useRunnerChoices("hostTokens:manageOwn", { enabled: open && fixedRunnerId === undefined });
  const dialog = useFormDialog(useCreateHostToken(), () => onOpenChange(false));
  const [runnerId, setRunnerId] = useState(fixedRunnerId ?? "");
  const scmHosts = useRunnerScmHosts(open && runnerId ? runnerId : undefined);
  const { data: session } = useSession();
  const onRunnerChange = useCallback((id: string) => setRunnerId(id), []);
  const submit = (values: CreateHostTokenValues) =>
    dialog.submit(createHostTokenRequest(values), (response) =>
      toast.success(`Added a host token for ${response.token?.host ?? values.host}`),
    );
  return (
    <FormDialog
      open={open}
      onClose={dialog.close}
      title="Add a host token"
      description="The runner uses it to reach the SCM host as the user. The value is write-only: it is stored encrypted and never shown."
    >
      <CreateHostTokenForm
        runnerChoice={{ runners, fixedRunnerId, defaultRunnerId, onChange: onRunnerChange }}
        subjectChoice={{ allowed: canChooseSubject, selfName: session?.displayName ?? "Yourself" }}
        scmHosts={scmHosts}
        onSubmit={submit}
        extraActions={(validated) => (
          <ShowApiCallButton
            method={RunnerConfigurationService.method.createHostAuthenticationToken}
            request={async () => {
              const values = await validated();
              return values && createHostTokenRequest(values);
            }}
          />
        )}
        {...dialog.formProps}
      />
    </FormDialog>
  );
}
