import { enumLabel, runnerRoleLabels } from "../../../../common/enum-labels";
import { FormDialog, useFormDialog } from "../../../components/ui/form-dialog";
import { EmptyState } from "../../../components/ui/empty-state";
import { toast } from "../../../components/ui/toast";
import type { Group } from "../../../gen/gitpod/v1/group_pb";
import { useCreateRunnerPolicy } from "../../../api/runners/create-runner-policy";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { createPolicyRequest } from "../policy-requests";
import { AddPolicyForm, roleFromValue, type AddPolicyValues } from "./add-policy-form";

interface AddPolicyDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  runnerId: string;
  runnerLabel: string;
  /** Groups without a policy on this runner. */
  groups: readonly Group[];
}

export function AddPolicyDialog({ open, onOpenChange, runnerId, runnerLabel, groups }: AddPolicyDialogProps) {
  const dialog = useFormDialog(useCreateRunnerPolicy(), () => onOpenChange(false));
  const submit = (values: AddPolicyValues) => {
    const role = roleFromValue[values.role];
    const group = groups.find((g) => g.id === values.groupId);
    return dialog.submit(createPolicyRequest(runnerId, values.groupId, role), () =>
      toast.success(`Shared ${runnerLabel} with ${group?.name ?? "the group"}`, {
        description: `Role: ${enumLabel(runnerRoleLabels, role)}`,
      }),
    );
  };
  return (
    <FormDialog
      open={open}
      onClose={dialog.close}
      title={`Share ${runnerLabel} with a group`}
      description="Members of the group get the role on this runner: User may use it, Admin may also change and share it."
    >
      {groups.length === 0 ? (
        <EmptyState
          title="Every group already has a role on this runner"
          description="Change a group's role in the list instead."
        />
      ) : (
        <AddPolicyForm
          groups={groups}
          onSubmit={submit}
          {...dialog.formProps}
          extraActions={(validated) => (
            <ShowApiCallButton
              method={RunnerService.method.createRunnerPolicy}
              request={async () => {
                const values = await validated();
                return values && createPolicyRequest(runnerId, values.groupId, roleFromValue[values.role]);
              }}
            />
          )}
        />
      )}
    </FormDialog>
  );
}
