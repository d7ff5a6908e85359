import { useState } from "react";
import { configFieldError, ConfigPathError } from "../../../../common/runner-config-paths";
import type { FieldError } from "../../../../common/schema-fields";
import { useUpdateRunner } from "../../../api/runners/update-runner";
import type { SchemaFormResult } from "../../../components/schema-form/schema-form";
import { toast } from "../../../components/ui/toast";
import type { RunnerConfigurationSchema_Field } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { toConnectError } from "../../../lib/errors";
import { useSingleFlight } from "../../../lib/use-single-flight";
import { configurationUpdate, type ConfigurationUpdate } from "./configuration-request";

/**
 * Saving the Configuration tab in two steps: Save builds the request and shows the review (old → new); Apply sends
 * exactly that request; Back returns to the form. Errors land on the field they concern (client- and server-side),
 * anything else once for the whole form.
 */
export function useConfigurationSave(runnerId: string, fields: readonly RunnerConfigurationSchema_Field[], editableIds: ReadonlySet<string>) {
  const update = useUpdateRunner();
  const [saves, setSaves] = useState(0);
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [formError, setFormError] = useState<unknown>(null);
  const [review, setReview] = useState<ConfigurationUpdate | null>(null);

  const nameOf = (id: string) => fields.find((f) => f.id === id)?.name;

  /** The request for these form values, or undefined (nothing changed, or a value the API can't take: said on the field). */
  const prepare = (result: SchemaFormResult): ConfigurationUpdate | undefined => {
    setFieldErrors([]);
    setFormError(null);
    try {
      const prepared = configurationUpdate(runnerId, result, editableIds);
      if (!prepared) toast.info("Nothing changed");
      return prepared;
    } catch (error) {
      if (!(error instanceof ConfigPathError)) throw error;
      setFieldErrors([{ key: error.path, error: error.message }]);
      return undefined;
    }
  };

  const submit = (result: SchemaFormResult) => {
    setReview(prepare(result) ?? null);
  };

  // A second Apply while the update is in flight is dropped (a double click sends one UpdateRunner).
  const apply = useSingleFlight(async () => {
    if (!review) return;
    const count = review.changes.length;
    try {
      await update.mutateAsync(review.request);
      setReview(null);
      setSaves((n) => n + 1);
      toast.success(`Saved ${count} configuration change${count === 1 ? "" : "s"}`);
    } catch (error) {
      // Back to the form (edits intact) with the error where it belongs.
      setReview(null);
      const onField = configFieldError(toConnectError(error).rawMessage, nameOf);
      if (onField) setFieldErrors([onField]);
      else setFormError(error);
    }
  });

  return {
    submit,
    prepare,
    review,
    apply,
    back: () => setReview(null),
    saves,
    fieldErrors,
    formError,
    isSaving: update.isPending,
  };
}
