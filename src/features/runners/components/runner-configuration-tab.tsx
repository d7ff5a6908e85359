import { useMemo } from "react";
import type { RunnerConfigurationSchema_Field } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { isKnownConfigPath, isSecretSet, readConfigValue } from "../../../../common/runner-config-paths";
import { SchemaForm } from "../../../components/schema-form/schema-form";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { ErrorState } from "../../../components/ui/error-state";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { ErrorMessage } from "../../../components/ui/error-message";
import { RunnerService, type Runner, type RunnerConfiguration } from "../../../gen/gitpod/v1/runner_pb";
import { useRunnerConfigurationSchema } from "../../../api/runner-configuration/get-runner-configuration-schema";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { ConfigurationReview } from "./configuration-review";
import { RunnerConfigurationSummary } from "./runner-configuration-summary";
import { useConfigurationSave } from "./use-configuration-save";

/** What the schema form starts from: current values of known paths, stored secrets, and what is read-only. */
export function configurationFormInputs(fields: readonly RunnerConfigurationSchema_Field[], config: RunnerConfiguration | undefined, canUpdate: boolean) {
  const known = fields.filter((f) => isKnownConfigPath(f.id));
  return {
    values: config ? known.map((f) => ({ key: f.id, value: readConfigValue(config, f.id) ?? "" })) : [],
    secretsSet: new Set(config ? known.filter((f) => isSecretSet(config, f.id)).map((f) => f.id) : []),
    readOnlyIds: new Set(fields.filter((f) => !canUpdate || !isKnownConfigPath(f.id)).map((f) => f.id)),
  };
}

interface RunnerConfigurationTabProps {
  runner: Runner;
  canUpdate: boolean;
  /** Told when the form turns edited or back, for the page's leave guard. */
  onDirtyChange?: (dirty: boolean) => void;
}

/**
 * The runner's configuration as its schema describes it. Only fields the user changed are sent; paths this console
 * does not know are shown read-only; write-only secrets show "set" / "not set".
 */
export function RunnerConfigurationTab({ runner, canUpdate, onDirtyChange }: RunnerConfigurationTabProps) {
  const schemaQuery = useRunnerConfigurationSchema(runner.runnerId);
  const fields = schemaQuery.data?.schema?.runnerConfig;
  const config = runner.spec?.configuration;

  const { values, secretsSet, readOnlyIds } = useMemo(() => configurationFormInputs(fields ?? [], config, canUpdate), [fields, config, canUpdate]);
  const editableIds = useMemo(() => new Set((fields ?? []).filter((f) => !readOnlyIds.has(f.id)).map((f) => f.id)), [fields, readOnlyIds]);
  // `saves` is bumped after each save so the form starts afresh from the stored values (typed secrets are cleared).
  const { submit, prepare, review, apply, back, saves, fieldErrors, formError, isSaving } = useConfigurationSave(runner.runnerId, fields ?? [], editableIds);

  if (schemaQuery.isPending) return <SkeletonRows rows={6} label="Loading the configuration schema" />;
  if (schemaQuery.isError) return <ErrorState title="Could not load the configuration schema" error={schemaQuery.error} onRetry={() => void schemaQuery.refetch()} />;

  return (
    <Card>
      <CardHeader
        title="Configuration"
        description={`Schema version ${schemaQuery.data.schema?.version || "unknown"}. ${canUpdate ? "Only the fields you change are sent, with the fields that belong to them (both update-window hours, the metrics endpoint with its credentials)." : "You can view but not change this runner's configuration."}`}
      />
      <CardBody>
        {fields && fields.length > 0 && !canUpdate ? (
          <RunnerConfigurationSummary fields={fields} config={config} />
        ) : fields && fields.length > 0 ? (
          <>
            {review ? (
              <ConfigurationReview
                runnerName={runner.name}
                fields={fields}
                config={config}
                update={review}
                onApply={apply}
                onBack={back}
                isApplying={isSaving}
              />
            ) : null}
            {/* Hidden, not unmounted, during the review: Back returns to the edits as they were. */}
            <div hidden={review !== null}>
              <SchemaForm
                key={saves}
                aria-label="Runner configuration"
                fields={fields}
                values={values}
                secretsSet={secretsSet}
                readOnlyIds={readOnlyIds}
                serverErrors={fieldErrors}
                onSubmit={submit}
                submitLabel="Save configuration"
                isSubmitting={isSaving}
                error={formError ? <ErrorMessage error={formError} /> : undefined}
                hideActions={!canUpdate}
                saveBar
                onDirtyChange={onDirtyChange}
                extraActions={(validated) => (
                  <ShowApiCallButton
                    method={RunnerService.method.updateRunner}
                    request={async () => {
                      const result = await validated();
                      return result && prepare(result)?.request;
                    }}
                  />
                )}
              />
            </div>
          </>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">This runner's schema has no configuration fields.</p>
        )}
      </CardBody>
    </Card>
  );
}
