import { FormDialog, useFormDialog } from "../../../components/ui/form-dialog";
import { toast } from "../../../components/ui/toast";
import type { LLMIntegration } from "../../../gen/gitpod/v1/runner_configuration_pb";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
import { useCreateLlmIntegration } from "../../../api/runner-configuration/create-llm-integration";
import { useUpdateLlmIntegration } from "../../../api/runner-configuration/update-llm-integration";
import {
  changesSomething,
  createLlmRequest,
  llmFormValuesOf,
  newLlmFormValues,
  updateLlmRequest,
  type LlmFormValues,
} from "../llm-form-model";
import { LlmIntegrationForm } from "./llm-integration-form";

interface LlmIntegrationDialogProps {
  open: boolean;
  onClose: () => void;
  /** Edit this integration; create a new one when absent. */
  integration?: LLMIntegration;
  runners: readonly Runner[];
  /** Create on this runner (a runner's own tab): no runner picker. */
  fixedRunnerId?: string;
}

/** Create or edit an LLM integration; on edit only the changed fields are sent. */
export function LlmIntegrationDialog({ open, onClose, integration, runners, fixedRunnerId }: LlmIntegrationDialogProps) {
  const createDialog = useFormDialog(useCreateLlmIntegration(), onClose);
  const updateDialog = useFormDialog(useUpdateLlmIntegration(), onClose);
  const runnerName = (runnerId: string) => runners.find((r) => r.runnerId === runnerId)?.name ?? "the runner";

  const submit = async (values: LlmFormValues) => {
    if (!integration) {
      await createDialog.submit(createLlmRequest(values), () =>
        toast.success(`Added the LLM integration on ${runnerName(values.runnerId)}`),
      );
      return;
    }
    const request = updateLlmRequest(integration, values);
    if (!changesSomething(request)) {
      toast.info("Nothing changed");
      updateDialog.close();
      return;
    }
    await updateDialog.submit(request, () => toast.success(`Saved the LLM integration on ${runnerName(integration.runnerId)}`));
  };

  const dialog = integration ? updateDialog : createDialog;
  return (
    <FormDialog
      open={open}
      onClose={dialog.close}
      title={integration ? `Edit the LLM integration on ${runnerName(integration.runnerId)}` : "New LLM integration"}
      description="Which models the runner's agents may use, and how the runner reaches the provider."
      size="lg"
    >
      <LlmIntegrationForm
        integrationId={integration?.id}
        defaultValues={integration ? llmFormValuesOf(integration) : newLlmFormValues(fixedRunnerId)}
        runners={runners}
        runnerFixed={integration !== undefined || fixedRunnerId !== undefined}
        onSubmit={submit}
        {...dialog.formProps}
      />
    </FormDialog>
  );
}
