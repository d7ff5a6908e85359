import { useState } from "react";
import type { FieldError } from "../../../../common/schema-fields";
import {
  SchemaForm,
  type ExtraField,
  type SchemaFormResult,
} from "../../../components/schema-form/schema-form";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { Button } from "../../../components/ui/button";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { ErrorMessage } from "../../../components/ui/error-message";
import { ErrorState } from "../../../components/ui/error-state";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { toast } from "../../../components/ui/toast";
import { useSingleFlight } from "../../../lib/use-single-flight";
import { useCreateEnvironmentClass } from "../../../api/runner-configuration/create-environment-class";
import { useRunnerConfigurationSchema } from "../../../api/runner-configuration/get-runner-configuration-schema";
import { useValidateRunnerConfiguration } from "../../../api/runner-configuration/validate-runner-configuration";
import { createEnvironmentClassRequest } from "../environment-class-requests";
import { DESCRIPTION_KEY, DISPLAY_NAME_KEY, environmentClassErrors } from "../validation-errors";

// Only required + max length here: the API's other rules (e.g. at least 3 characters) come back from Validate.
const extraFields: readonly ExtraField[] = [
  {
    key: DISPLAY_NAME_KEY,
    label: "Display name",
    required: true,
    maxLength: 127,
    description: "Shown to people choosing a class, 3–127 characters.",
  },
  {
    key: DESCRIPTION_KEY,
    label: "Description",
    required: true,
    multiline: true,
    maxLength: 200,
    description: "3–200 characters.",
  },
];

interface CreateEnvironmentClassFormProps {
  runnerId: string;
  runnerName: string;
  onCreated: (environmentClassId: string) => void;
  onCancel: () => void;
}

/** The class's name and description plus the configuration form generated from the runner's schema. */
export function CreateEnvironmentClassForm({
  runnerId,
  runnerName,
  onCreated,
  onCancel,
}: CreateEnvironmentClassFormProps) {
  const schemaQuery = useRunnerConfigurationSchema(runnerId);
  const validate = useValidateRunnerConfiguration();
  const createClass = useCreateEnvironmentClass();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);

  const draftOf = (result: SchemaFormResult) => createEnvironmentClassRequest(runnerId, result);

  /** Asks the server; puts its errors on the fields and says whether the draft is valid. */
  const check = async (result: SchemaFormResult): Promise<boolean> => {
    const response = await validate.mutateAsync({
      runnerId,
      config: { case: "environmentClass", value: draftOf(result) },
    });
    const answer = response.result.case === "environmentClass" ? response.result.value : undefined;
    const errors = environmentClassErrors(answer);
    setServerErrors(errors);
    return errors.length === 0 && answer?.valid !== false;
  };

  // Errors are shown once, in the form: on their field, or above the fields (`failure` below), never also as a toast.
  const onValidate = useSingleFlight(async (result: SchemaFormResult) => {
    createClass.reset();
    try {
      if (await check(result)) toast.success("The configuration is valid");
    } catch {
      // validate.error is shown in the form
    }
  });

  // A second Create while one is in flight is dropped: a double click creates one class.
  const onSubmit = useSingleFlight(async (result: SchemaFormResult) => {
    try {
      if (!(await check(result))) return;
      const created = await createClass.mutateAsync(draftOf(result));
      toast.success(`Created ${draftOf(result).displayName}`, { description: `On ${runnerName}` });
      onCreated(created.id);
    } catch {
      // validate.error or createClass.error is shown in the form
    }
  });

  if (schemaQuery.isPending)
    return <SkeletonRows rows={5} label={`Loading the configuration schema of ${runnerName}`} />;
  if (schemaQuery.isError) {
    return (
      <ErrorState
        title={`Could not load the configuration schema of ${runnerName}`}
        error={schemaQuery.error}
        onRetry={() => void schemaQuery.refetch()}
        retrying={schemaQuery.isRefetching}
      />
    );
  }
  const fields = schemaQuery.data.schema?.environmentClasses ?? [];

  const failure = validate.error ?? createClass.error;
  return (
    <SchemaForm
      aria-label={`New environment class on ${runnerName}`}
      fields={fields}
      extraFields={extraFields}
      serverErrors={serverErrors}
      onSubmit={onSubmit}
      onValidate={onValidate}
      submitLabel="Create"
      validateLabel="Validate"
      isSubmitting={createClass.isPending}
      isValidating={validate.isPending}
      error={failure ? <ErrorMessage error={failure} /> : undefined}
      extraActions={(validated) => (
        <ShowApiCallButton
          method={RunnerConfigurationService.method.createEnvironmentClass}
          request={async () => {
            const result = await validated();
            return result && draftOf(result);
          }}
        />
      )}
      actions={
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      }
    />
  );
}
