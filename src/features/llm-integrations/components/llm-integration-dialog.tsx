import { FormDialog, useFormDialog } from "../../../components/ui/form-dialog";
import { Loaded } from "../../../components/ui/loaded";
import { toast } from "../../../components/ui/toast";
import { RunnerConfigurationService, type LLMIntegration } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { useRunnerChoices } from "../../../api/fleet/use-runner-choices";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { useCreateLlmIntegration } from "../../../api/runner-configuration/create-llm-integration";
import { useLlmIntegration } from "../../../api/runner-configuration/get-llm-integration";
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

const NOTHING_CHANGED = "Nothing is changed yet: Save changes sends nothing until a field differs. Once one does, this request carries it.";

interface LlmIntegrationDialogProps {
  open: boolean;
  onClose: () => void;
  /** Edit this integration; create a new one when absent. */
  integration?: LLMIntegration;
  /** Names of runners by ID, for a runner that is given (edit, a runner's own tab). */
  runnerNames: ReadonlyMap<string, string>;
  /** Create on this runner (a runner's own tab): no runner picker. */
  fixedRunnerId?: string;
}

/** Create or edit an LLM integration; on edit only the changed fields are sent. */
export function LlmIntegrationDialog({ open, onClose, integration, runnerNames, fixedRunnerId }: LlmIntegrationDialogProps) {
  // Only runners where the user may add integrations; read only while the picker is on screen.
  const runners = useRunnerChoices("llmIntegrations:manage", { enabled: open && !integration && fixedRunnerId === undefined });
  const createDialog = useFormDialog(useCreateLlmIntegration(), onClose);
  const updateDialog = useFormDialog(useUpdateLlmIntegration(), onClose);
  // Editing starts from the integration as the server has it now, not from the list row.
  const loaded = useLlmIntegration(open ? integration?.id : undefined);
  const runnerName = (runnerId: string) =>
    runnerNames.get(runnerId) ?? runners.choices.find((choice) => choice.value === runnerId)?.label ?? "the runner";

  const submit = async (current: LLMIntegration | undefined, values: LlmFormValues) => {
    if (!current) {
      await createDialog.submit(createLlmRequest(values), () =>
        toast.success(`Added the LLM integration on ${runnerName(values.runnerId)}`),
      );
      return;
    }
    const request = updateLlmRequest(current, values);
    if (!changesSomething(request)) {
      toast.info("Nothing changed");
      updateDialog.close();
      return;
    }
    await updateDialog.submit(request, () => toast.success(`Saved the LLM integration on ${runnerName(current.runnerId)}`));
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
      {integration ? (
        <Loaded query={loaded} value={loaded.data?.integration} what="the integration" onClose={dialog.close}>
          {(current) => (
            <LlmIntegrationForm
              integrationId={current.id}
              defaultValues={llmFormValuesOf(current)}
              runners={runners}
              runnerFixed
              runnerName={runnerNames.get(current.runnerId)}
              onSubmit={(values) => submit(current, values)}
              extraActions={(validated) => (
                <ShowApiCallButton
                  method={RunnerConfigurationService.method.updateLLMIntegration}
                  note={(request) => (changesSomething(request) ? null : NOTHING_CHANGED)}
                  request={async () => {
                    const values = await validated();
                    return values && updateLlmRequest(current, values);
                  }}
                />
              )}
              {...dialog.formProps}
            />
          )}
        </Loaded>
      ) : (
        <LlmIntegrationForm
          defaultValues={newLlmFormValues(fixedRunnerId)}
          runners={runners}
          runnerFixed={fixedRunnerId !== undefined}
          runnerName={fixedRunnerId ? runnerNames.get(fixedRunnerId) : undefined}
          onSubmit={(values) => submit(undefined, values)}
          extraActions={(validated) => (
            <ShowApiCallButton
              method={RunnerConfigurationService.method.createLLMIntegration}
              request={async () => {
                const values = await validated();
                return values && createLlmRequest(values);
              }}
            />
          )}
          {...dialog.formProps}
        />
      )}
    </FormDialog>
  );
}
