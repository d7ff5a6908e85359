import { useCallback, useState } from "react";
import { Dialog } from "../../../components/ui/dialog";
import { toast } from "../../../components/ui/toast";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
import { useCreateHostToken } from "../api/create-host-authentication-token";
import { useRunnerScmHosts } from "../api/list-runner-scm-hosts";
import { createHostTokenRequest } from "../host-token-requests";
import type { CreateHostTokenValues } from "../host-token-schemas";
import { CreateHostTokenForm } from "./create-host-token-form";

interface CreateHostTokenDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  runners: readonly Runner[];
  fixedRunnerId?: string;
  canChooseSubject: boolean;
}

export function CreateHostTokenDialog({
  open,
  onOpenChange,
  runners,
  fixedRunnerId,
  canChooseSubject,
}: CreateHostTokenDialogProps) {
  const createToken = useCreateHostToken();
  const [runnerId, setRunnerId] = useState(fixedRunnerId ?? "");
  const hostSuggestions = useRunnerScmHosts(open && runnerId ? runnerId : undefined);
  const onRunnerChange = useCallback((id: string) => setRunnerId(id), []);
  const close = () => {
    createToken.reset();
    onOpenChange(false);
  };
  const submit = async (values: CreateHostTokenValues) => {
    await createToken.mutateAsync(createHostTokenRequest(values)).then(
      (response) => {
        toast.success(`Added a host token for ${response.token?.host ?? values.host}`);
        close();
      },
      // The error shows inside the form.
      () => undefined,
    );
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title="Add a host token"
      description="The runner uses it to reach the SCM host as the user. The value is write-only: it is stored encrypted and never shown."
    >
      {open ? (
        <CreateHostTokenForm
          runners={runners}
          fixedRunnerId={fixedRunnerId}
          canChooseSubject={canChooseSubject}
          hostSuggestions={hostSuggestions}
          onRunnerChange={onRunnerChange}
          onSubmit={submit}
          onCancel={close}
          isSubmitting={createToken.isPending}
          error={createToken.error}
        />
      ) : null}
    </Dialog>
  );
}
