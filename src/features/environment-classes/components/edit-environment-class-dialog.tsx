import type { MessageInitShape } from "@bufbuild/protobuf";
import { useId, useState } from "react";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { ReviewChanges } from "../../../components/review/review-changes";
import { Button } from "../../../components/ui/button";
import { CopyableId } from "../../../components/ui/copyable-id";
import { FormDialog, useFormDialog } from "../../../components/ui/form-dialog";
import { Loaded } from "../../../components/ui/loaded";
import { toast } from "../../../components/ui/toast";
import {
  RunnerConfigurationService,
  type EnvironmentClass,
  type UpdateEnvironmentClassRequestSchema,
} from "../../../gen/gitpod/v1/runner_configuration_pb";
import { useCan } from "../../../api/session/use-can";
import { useRunnerRole } from "../../../api/session/use-runner-role";
import { useEnvironmentClass } from "../../../api/runner-configuration/get-environment-class";
import { useUpdateEnvironmentClass } from "../../../api/runner-configuration/update-environment-class";
import { ConfigurationList } from "./configuration-summary";
import { EditEnvironmentClassForm, type EditEnvironmentClassValues } from "./edit-environment-class-form";
import { EnabledBadge } from "./enabled-badge";
import { environmentClassChangeRows, updateEnvironmentClassRequest } from "../environment-class-requests";

interface EditEnvironmentClassDialogProps {
  environmentClass: EnvironmentClass | null;
  onClose: () => void;
}

/**
 * Display name, description and enabled; only changed fields are sent. The configuration is shown, fixed.
 * Callers who may not change the class (runner USER) get the same details read-only.
 */
export function EditEnvironmentClassDialog({ environmentClass: row, onClose }: EditEnvironmentClassDialogProps) {
  const dialog = useFormDialog(useUpdateEnvironmentClass(), onClose);
  const allowed = useCan();
  const runnerRole = useRunnerRole(row?.runnerId);
  const canManage = allowed("environmentClasses:manage", { runnerRole });
  const headingId = useId();
  // The dialog shows and edits the class as the server has it now, not the list row.
  const current = useEnvironmentClass(row?.id);
  const loaded = current.data?.environmentClass;
  // Save shows the review of this request; Apply sends it as it is.
  const [review, setReview] = useState<MessageInitShape<typeof UpdateEnvironmentClassRequestSchema> | null>(null);
  const submit = (environmentClass: EnvironmentClass, values: EditEnvironmentClassValues) => {
    const request = updateEnvironmentClassRequest(environmentClass, values);
    if (environmentClassChangeRows(environmentClass, request).length === 0) {
      toast.info("Nothing changed");
      dialog.close();
      return;
    }
    setReview(request);
  };
  const apply = async () => {
    if (!review || !loaded) return;
    await dialog.submit(review, () =>
      toast.success(`Saved ${review.displayName ?? loaded.displayName}`, {
        description: review.enabled === undefined ? undefined : review.enabled ? "The class is enabled." : "The class is disabled.",
      }),
    );
  };
  const method = RunnerConfigurationService.method.updateEnvironmentClass;
  const configurationOf = (environmentClass: EnvironmentClass) => (
    <>
      <CopyableId value={environmentClass.id} />
      <section
        aria-labelledby={headingId}
        className="space-y-2 rounded-rc border border-slate-200 p-3 dark:border-slate-800"
      >
        <h3 id={headingId} className="text-sm font-semibold">
          Configuration
        </h3>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The configuration can&apos;t change after creation — create a new class and disable this one.
        </p>
        <ConfigurationList
          runnerId={environmentClass.runnerId}
          configuration={environmentClass.configuration}
        />
      </section>
    </>
  );
  return (
    <FormDialog
      open={row !== null}
      onClose={dialog.close}
      title={row ? `${canManage ? "Edit" : "Environment class"} ${row.displayName}` : "Environment class"}
      size="lg"
    >
      <Loaded query={current} value={loaded} what="the environment class" onClose={dialog.close}>
        {(environmentClass) =>
          canManage ? (
            <>
              <EditEnvironmentClassForm
                defaultValues={{
                  displayName: environmentClass.displayName,
                  description: environmentClass.description,
                  enabled: environmentClass.enabled,
                }}
                onSubmit={(values) => submit(environmentClass, values)}
                {...dialog.formProps}
                hidden={review !== null}
                extraActions={(validated) => (
                  <ShowApiCallButton
                    method={method}
                    request={async () => {
                      const values = await validated();
                      return values && updateEnvironmentClassRequest(environmentClass, values);
                    }}
                  />
                )}
              >
                {configurationOf(environmentClass)}
              </EditEnvironmentClassForm>
              {review ? (
                <ReviewChanges
                  title={`Review changes to ${environmentClass.displayName}`}
                  changes={environmentClassChangeRows(environmentClass, review)}
                  onApply={apply}
                  onBack={() => setReview(null)}
                  isApplying={dialog.formProps.isSubmitting}
                  error={dialog.formProps.error}
                  extraActions={<ShowApiCallButton method={method} request={() => review} />}
                />
              ) : null}
            </>
          ) : (
            <div className="space-y-4">
              <p className="text-sm text-slate-700 dark:text-slate-300">{environmentClass.description}</p>
              <EnabledBadge enabled={environmentClass.enabled} />
              {configurationOf(environmentClass)}
              <p className="text-xs text-slate-600 dark:text-slate-400">
                Only admins of this runner can change its environment classes.
              </p>
              <div className="flex justify-end">
                <Button onClick={dialog.close}>Close</Button>
              </div>
            </div>
          )
        }
      </Loaded>
    </FormDialog>
  );
}
