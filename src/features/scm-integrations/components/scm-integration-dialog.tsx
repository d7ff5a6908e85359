import type { MessageInitShape } from "@bufbuild/protobuf";
import { useCallback, useState } from "react";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { ReviewChanges } from "../../../components/review/review-changes";
import { Button } from "../../../components/ui/button";
import { Dialog } from "../../../components/ui/dialog";
import { Loaded } from "../../../components/ui/loaded";
import { toast } from "../../../components/ui/toast";
import { useSingleFlight } from "../../../lib/use-single-flight";
import {
  RunnerConfigurationService,
  type SCMIntegration,
  type UpdateSCMIntegrationRequestSchema,
} from "../../../gen/gitpod/v1/runner_configuration_pb";
import { useRunnerChoices } from "../../../api/fleet/use-runner-choices";
import { useCheckAuthenticationForHost } from "../../../api/runners/check-authentication-for-host";
import { useCreateScmIntegration } from "../../../api/runner-configuration/create-scm-integration";
import { useRunnerConfigurationSchema } from "../../../api/runner-configuration/get-runner-configuration-schema";
import { useScmIntegration } from "../../../api/runner-configuration/get-scm-integration";
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
import { scmChangeRows } from "../scm-review";
import { SaveAndTestResult, type TestOutcome } from "./save-and-test-result";
import { ScmIntegrationForm } from "./scm-integration-form";

interface ScmIntegrationDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Edit this integration; create a new one when absent. */
  integration?: SCMIntegration;
  /** Names of runners by ID, for a runner that is given (edit, a runner's own tab). */
  runnerNames: ReadonlyMap<string, string>;
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
  runnerNames,
  fixedRunnerId,
}: ScmIntegrationDialogProps) {
  // Only runners where the user may add integrations (a member needs the admin role on the runner); read only
  // while the picker is on screen.
  const runners = useRunnerChoices("scmIntegrations:manage", { enabled: open && !integration && fixedRunnerId === undefined });
  const editing = integration !== undefined;
  // Editing starts from the integration as the server has it now, not from the list row.
  const loaded = useScmIntegration(open ? integration?.id : undefined);
  const current = loaded.data?.integration;
  const [runnerId, setRunnerId] = useState(integration?.runnerId ?? fixedRunnerId ?? "");
  const schema = useRunnerConfigurationSchema(open && runnerId ? runnerId : undefined);
  const validate = useValidateRunnerConfiguration();
  const create = useCreateScmIntegration();
  const update = useUpdateScmIntegration();
  const check = useCheckAuthenticationForHost();
  const [serverErrors, setServerErrors] = useState<ServerErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const [review, setReview] = useState<{
    values: ScmFormValues;
    request: MessageInitShape<typeof UpdateSCMIntegrationRequestSchema>;
  } | null>(null);
  const onRunnerChange = useCallback((id: string) => setRunnerId(id), []);

  const close = () => {
    for (const mutation of [validate, create, update, check]) mutation.reset();
    setServerErrors(NO_ERRORS);
    setOutcome(null);
    setReview(null);
    onOpenChange(false);
  };

  // A second "Save & test" while the first runs is dropped (a double click saves once).
  const saveAndTest = useSingleFlight(async (values: ScmFormValues) => {
    setServerErrors(NO_ERRORS);
    const validation = await validate
      .mutateAsync(validateScmRequest(values, current?.id))
      .catch(() => undefined);
    if (!validation) return;
    const result = validation.result.case === "scmIntegration" ? validation.result.value : undefined;
    if (result && !result.valid) {
      setServerErrors(fieldErrorsOf(result));
      return;
    }
    if (current) {
      // Editing: the review of exactly this request comes first; Apply sends it.
      const request = updateScmRequest(current, values);
      if (scmChangeRows(current, request).length === 0) toast.info("Nothing changed");
      else setReview({ values, request });
      return;
    }
    const saved = await create.mutateAsync(createScmRequest(values)).then(
      () => true,
      () => false,
    );
    if (saved) await testAccess(values, "Added");
  });

  const applyReview = useSingleFlight(async () => {
    if (!review) return;
    const saved = await update.mutateAsync(review.request).then(
      () => true,
      () => false,
    );
    if (!saved) return;
    setReview(null);
    await testAccess(review.values, "Saved");
  });

  const testAccess = async (values: ScmFormValues, done: "Added" | "Saved") => {
    const host = values.host.trim().toLowerCase();
    toast.success(`${done} the ${host} integration`);
    const answer = await check.mutateAsync({ runnerId: values.runnerId, host }).then(
      (response) => ({ kind: "checked" as const, response }),
      (error: unknown) => ({ kind: "failed" as const, error }),
    );
    setOutcome({ host, runnerId: values.runnerId, ...answer });
  };

  const error = validate.error ?? create.error ?? update.error;
  const busy = validate.isPending || create.isPending || update.isPending || check.isPending;
  const form = (fresh: SCMIntegration | undefined) => (
    <>
      {review && fresh ? (
        <ReviewChanges
          title={`Review changes to the ${fresh.host} integration`}
          changes={scmChangeRows(fresh, review.request)}
          onApply={applyReview}
          onBack={() => {
            update.reset();
            setReview(null);
          }}
          isApplying={busy}
          error={update.error}
          extraActions={<ShowApiCallButton method={RunnerConfigurationService.method.updateSCMIntegration} request={() => review.request} />}
        />
      ) : null}
      <ScmIntegrationForm
        integrationId={fresh?.id}
        defaultValues={fresh ? scmFormValuesOf(fresh) : newScmFormValues(fixedRunnerId)}
        runners={runners}
        runnerFixed={editing || fixedRunnerId !== undefined}
        runnerName={runnerNames.get(integration?.runnerId ?? fixedRunnerId ?? "")}
        scms={schema.data?.schema?.scm}
        onRunnerChange={onRunnerChange}
        serverErrors={serverErrors}
        onSubmit={saveAndTest}
        onCancel={close}
        isSubmitting={busy}
        error={error}
        hidden={review !== null}
        extraActions={(validated) =>
          fresh ? (
            <ShowApiCallButton
              method={RunnerConfigurationService.method.updateSCMIntegration}
              request={async () => {
                const values = await validated();
                return values && updateScmRequest(fresh, values);
              }}
            />
          ) : (
            <ShowApiCallButton
              method={RunnerConfigurationService.method.createSCMIntegration}
              request={async () => {
                const values = await validated();
                return values && createScmRequest(values);
              }}
            />
          )
        }
      />
    </>
  );
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
      ) : editing ? (
        <Loaded query={loaded} value={current} what="the integration" onClose={close}>
          {(fresh) => form(fresh)}
        </Loaded>
      ) : (
        form(undefined)
      )}
    </Dialog>
  );
}
