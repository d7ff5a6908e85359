import { useId } from "react";
import { Button } from "../../../components/ui/button";
import { CopyableId } from "../../../components/ui/copyable-id";
import { FormDialog, useFormDialog } from "../../../components/ui/form-dialog";
import { toast } from "../../../components/ui/toast";
import type { EnvironmentClass } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { useCan } from "../../../api/session/use-can";
import { useRunnerRole } from "../../../api/session/use-runner-role";
import { useUpdateEnvironmentClass } from "../../../api/runner-configuration/update-environment-class";
import { ConfigurationList } from "./configuration-summary";
import { EditEnvironmentClassForm, type EditEnvironmentClassValues } from "./edit-environment-class-form";
import { EnabledBadge } from "./enabled-badge";

interface EditEnvironmentClassDialogProps {
  environmentClass: EnvironmentClass | null;
  onClose: () => void;
}

/**
 * Display name, description and enabled; only changed fields are sent. The configuration is shown, fixed.
 * Callers who may not change the class (runner USER) get the same details read-only.
 */
export function EditEnvironmentClassDialog({ environmentClass, onClose }: EditEnvironmentClassDialogProps) {
  const dialog = useFormDialog(useUpdateEnvironmentClass(), onClose);
  const allowed = useCan();
  const runnerRole = useRunnerRole(environmentClass?.runnerId);
  const canManage = allowed("environmentClasses:manage", { runnerRole });
  const headingId = useId();
  const submit = async (values: EditEnvironmentClassValues) => {
    if (!environmentClass) return;
    const changes = {
      displayName: values.displayName !== environmentClass.displayName ? values.displayName : undefined,
      description: values.description !== environmentClass.description ? values.description : undefined,
      enabled: values.enabled !== environmentClass.enabled ? values.enabled : undefined,
    };
    if (
      changes.displayName === undefined &&
      changes.description === undefined &&
      changes.enabled === undefined
    ) {
      toast.info("Nothing changed");
      dialog.close();
      return;
    }
    await dialog.submit({ environmentClassId: environmentClass.id, ...changes }, () =>
      toast.success(`Saved ${values.displayName}`, {
        description:
          changes.enabled === undefined
            ? undefined
            : changes.enabled
              ? "The class is enabled."
              : "The class is disabled.",
      }),
    );
  };
  const configuration = environmentClass ? (
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
  ) : null;
  return (
    <FormDialog
      open={environmentClass !== null}
      onClose={dialog.close}
      title={
        environmentClass
          ? `${canManage ? "Edit" : "Environment class"} ${environmentClass.displayName}`
          : "Environment class"
      }
      size="lg"
    >
      {environmentClass && canManage ? (
        <EditEnvironmentClassForm
          defaultValues={{
            displayName: environmentClass.displayName,
            description: environmentClass.description,
            enabled: environmentClass.enabled,
          }}
          onSubmit={submit}
          {...dialog.formProps}
        >
          {configuration}
        </EditEnvironmentClassForm>
      ) : null}
      {environmentClass && !canManage ? (
        <div className="space-y-4">
          <p className="text-sm text-slate-700 dark:text-slate-300">{environmentClass.description}</p>
          <EnabledBadge enabled={environmentClass.enabled} />
          {configuration}
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Only admins of this runner can change its environment classes.
          </p>
          <div className="flex justify-end">
            <Button onClick={dialog.close}>Close</Button>
          </div>
        </div>
      ) : null}
    </FormDialog>
  );
}
