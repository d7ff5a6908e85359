import { useState } from "react";
import {
  buildConfigurationUpdate,
  configFieldError,
  ConfigPathError,
  isKnownConfigPath,
  withConfigGroups,
} from "../../../../common/runner-config-paths";
import type { FieldError } from "../../../../common/schema-fields";
import { useUpdateRunner } from "../../../api/runners/update-runner";
import type { SchemaFormResult } from "../../../components/schema-form/schema-form";
import { toast } from "../../../components/ui/toast";
import type { RunnerConfigurationSchema_Field } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { toConnectError } from "../../../lib/errors";

/**
 * Saving the Configuration tab: the changed fields plus the rest of their groups (fields the server checks together),
 * errors on the field they concern (client-side and server-side), anything else once for the whole form.
 */
export function useConfigurationSave(runnerId: string, fields: readonly RunnerConfigurationSchema_Field[], editableIds: ReadonlySet<string>) {
  const update = useUpdateRunner();
  const [saves, setSaves] = useState(0);
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [formError, setFormError] = useState<unknown>(null);

  const nameOf = (id: string) => fields.find((f) => f.id === id)?.name;

  const submit = async ({ changedValues, values }: SchemaFormResult) => {
    setFieldErrors([]);
    setFormError(null);
    const changes = changedValues.filter((change) => isKnownConfigPath(change.key));
    if (changes.length === 0) {
      toast.info("Nothing changed");
      return;
    }
    let configuration;
    try {
      configuration = buildConfigurationUpdate(withConfigGroups(changes, values, editableIds));
    } catch (error) {
      if (!(error instanceof ConfigPathError)) throw error;
      setFieldErrors([{ key: error.path, error: error.message }]);
      return;
    }
    try {
      await update.mutateAsync({ runnerId, spec: { configuration } });
      setSaves((count) => count + 1);
      toast.success(`Saved ${changes.length} configuration change${changes.length === 1 ? "" : "s"}`);
    } catch (error) {
      const onField = configFieldError(toConnectError(error).rawMessage, nameOf);
      if (onField) setFieldErrors([onField]);
      else setFormError(error);
    }
  };

  return { submit, saves, fieldErrors, formError, isSaving: update.isPending };
}
