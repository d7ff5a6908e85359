import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { toast } from "../../../components/ui/toast";
import { RunnerConfigurationService, type LLMIntegration } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { deleteLlmRequest } from "../llm-form-model";
import { llmProviderLabels } from "../../../../common/llm-models";
import { useDeleteLlmIntegration } from "../../../api/runner-configuration/delete-llm-integration";

interface DeleteLlmIntegrationDialogProps {
  integration: LLMIntegration | null;
  runnerName?: string;
  onClose: () => void;
}

export function DeleteLlmIntegrationDialog({ integration, runnerName, onClose }: DeleteLlmIntegrationDialogProps) {
  const deleteIntegration = useDeleteLlmIntegration();
  const provider = integration ? llmProviderLabels[integration.provider] : "";
  const runner = runnerName ?? "the runner";
  return (
    <ConfirmDialog
      open={integration !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={`Delete the ${provider} integration on ${runner}?`}
      description={`Environments on ${runner} can no longer use these ${provider} models, and the stored API key is deleted. To pause it instead, edit it and switch "Available" off.`}
      confirmLabel="Delete integration"
      variant="danger"
      extraActions={
        integration ? (
          <ShowApiCallButton method={RunnerConfigurationService.method.deleteLLMIntegration} request={() => deleteLlmRequest(integration.id)} />
        ) : null
      }
      onConfirm={async () => {
        if (!integration) return;
        await deleteIntegration.mutateAsync(deleteLlmRequest(integration.id));
        toast.success(`Deleted the ${provider} integration on ${runner}`);
      }}
    />
  );
}
