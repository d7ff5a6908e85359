import { useCallback, useState } from "react";
import { Button } from "../../../components/ui/button";
import { Dialog } from "../../../components/ui/dialog";
import { toast } from "../../../components/ui/toast";
import { useSingleFlight } from "../../../lib/use-single-flight";
import type { SCMIntegration } from "../../../gen/gitpod/v1/runner_configuration_pb";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
import { useCheckAuthenticationForHost } from "../../../api/runners/check-authentication-for-host";
import { useCreateScmIntegration } from "../../../api/runner-configuration/create-scm-integration";
import { useRunnerConfigurationSchema } from "../../../api/runner-configuration/get-runner-configuration-schema";
import { useUpdateScmIntegration } from "../../../api/runner-configuration/update-scm-integration";
import { useValidateRunnerConfiguration } from "../../../api/runner-configuration/validate-runner-configuration";
import {
  createScmRequest,
  fieldErrorsOf,
  newScmFormValues,
  scmFormValuesOf,
  updateScmRequest,
  validateScmRequest,
  type ScmFormField,
  type ScmFormValues,
} from "../scm-form-model";
import { SaveAndTestResult, type TestOutcome } from "./save-and-test-result";
import { ScmIntegrationForm } from "./scm-integration-form";

interface ScmIntegrationDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Edit this integration; create a new one when absent. */
  integration?: SCMIntegration;
  runners: readonly Runner[];
  /** Create on this runner (a runner's own tab): no runner picker. */
  fixedRunnerId?: string;
}

type ServerErrors = ReadonlyArray<{ field: ScmFormField; message: string }>;
const NO_ERRORS: ServerErrors = [];

/** Create/edit with "Save & test": validate on the server, save, then check whether the signed-in user can use it. */
export function ScmIntegrationDialog({
  open,
  onOpenChange,
  integration,
  runners,
  fixedRunnerId,
}: ScmIntegrationDialogProps) {
  const editing = integration !== undefined;
  const [runnerId, setRunnerId] = useState(integration?.runnerId ?? fixedRunnerId ?? "");
  const schema = useRunnerConfigurationSchema(open && runnerId ? runnerId : undefined);
  const validate = useValidateRunnerConfiguration();
  const create = useCreateScmIntegration();
  const update = useUpdateScmIntegration();
  const check = useCheckAuthenticationForHost();
  const [serverErrors, setServerErrors] = useState<ServerErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const onRunnerChange = useCallback((id: string) => setRunnerId(id), []);

  const close = () => {
    for (const mutation of [validate, create, update, check]) mutation.reset();
    setServerErrors(NO_ERRORS);
    setOutcome(null);
    onOpenChange(false);
  };

  // A second "Save & test" while the first runs is dropped (a double click saves once).
  const saveAndTest = useSingleFlight(async (values: ScmFormValues) => {
    setServerErrors(NO_ERRORS);
    const validation = await validate
      .mutateAsync(validateScmRequest(values, integration?.id))
      .catch(() => undefined);
    if (!validation) return;
    const result = validation.result.case === "scmIntegration" ? validation.result.value : undefined;
    if (result && !result.valid) {
      setServerErrors(fieldErrorsOf(result));
      return;
    }
    const host = values.host.trim().toLowerCase();
    const saved = editing
      ? await update.mutateAsync(updateScmRequest(integration, values)).then(
          () => true,
          () => false,
        )
      : await create.mutateAsync(createScmRequest(values)).then(
          () => true,
          () => false,
        );
    if (!saved) return;
    toast.success(editing ? `Saved the ${host} integration` : `Added the ${host} integration`);
    const answer = await check.mutateAsync({ runnerId: values.runnerId, host }).then(
      (response) => ({ kind: "checked" as const, response }),
      (error: unknown) => ({ kind: "failed" as const, error }),
    );
    setOutcome({ host, runnerId: values.runnerId, ...answer });
  });

  const error = validate.error ?? create.error ?? update.error;
  const busy = validate.isPending || create.isPending || update.isPending || check.isPending;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title={outcome ? "Saved" : editing ? `Edit the ${integration.host} integration` : "New SCM integration"}
      description={
        outcome
          ? undefined
          : "How the runner reaches an SCM host: an OAuth app users connect through, personal access tokens, or both."
      }
      size="lg"
    >
      {!open ? null : outcome ? (
        <div className="space-y-4">
          <SaveAndTestResult outcome={outcome} />
          <div className="flex justify-end">
            <Button variant="primary" onClick={close}>
              Done
            </Button>
          </div>
        </div>
      ) : (
        <ScmIntegrationForm
          integrationId={integration?.id}
          defaultValues={integration ? scmFormValuesOf(integration) : newScmFormValues(fixedRunnerId)}
          runners={runners}
          runnerFixed={editing || fixedRunnerId !== undefined}
          scms={schema.data?.schema?.scm}
          onRunnerChange={onRunnerChange}
          serverErrors={serverErrors}
          onSubmit={saveAndTest}
          onCancel={close}
          isSubmitting={busy}
          error={error}
        />
      )}
    </Dialog>
  );
}
