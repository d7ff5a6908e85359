import { useMemo, useState } from "react";
import type { RunnerConfigurationSchema_Field } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { buildConfigurationUpdate, isKnownConfigPath, isSecretSet, readConfigValue } from "../../../../common/runner-config-paths";
import { SchemaForm, type SchemaFormResult } from "../../../components/schema-form/schema-form";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { ErrorState } from "../../../components/ui/error-state";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { toast } from "../../../components/ui/toast";
import type { Runner, RunnerConfiguration } from "../../../gen/gitpod/v1/runner_pb";
import { describeError } from "../../../lib/errors";
import { useRunnerConfigurationSchema } from "../../../api/runner-configuration/get-runner-configuration-schema";
import { useUpdateRunner } from "../../../api/runners/update-runner";
import { RunnerConfigurationSummary } from "./runner-configuration-summary";

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
}

/**
 * The runner's configuration as its schema describes it. Only fields the user changed are sent; paths this console
 * does not know are shown read-only; write-only secrets show "set" / "not set".
 */
export function RunnerConfigurationTab({ runner, canUpdate }: RunnerConfigurationTabProps) {
  const schemaQuery = useRunnerConfigurationSchema(runner.runnerId);
  const update = useUpdateRunner();
  // Bumped after each save so the form starts afresh from the stored values (typed secrets are cleared).
  const [saves, setSaves] = useState(0);
  const fields = schemaQuery.data?.schema?.runnerConfig;
  const config = runner.spec?.configuration;

  const { values, secretsSet, readOnlyIds } = useMemo(() => configurationFormInputs(fields ?? [], config, canUpdate), [fields, config, canUpdate]);

  if (schemaQuery.isPending) return <SkeletonRows rows={6} label="Loading the configuration schema" />;
  if (schemaQuery.isError) return <ErrorState title="Could not load the configuration schema" error={schemaQuery.error} onRetry={() => void schemaQuery.refetch()} />;

  const submit = async ({ changedValues }: SchemaFormResult) => {
    const changes = changedValues.filter((change) => isKnownConfigPath(change.key));
    if (changes.length === 0) {
      toast.info("Nothing changed");
      return;
    }
    try {
      await update.mutateAsync({ runnerId: runner.runnerId, spec: { configuration: buildConfigurationUpdate(changes) } });
      setSaves((count) => count + 1);
      toast.success(`Saved ${changes.length} configuration change${changes.length === 1 ? "" : "s"}`);
    } catch (error) {
      toast.error("Could not save the configuration", error);
    }
  };

  return (
    <Card>
      <CardHeader
        title="Configuration"
        description={`Schema version ${schemaQuery.data.schema?.version || "unknown"}. ${canUpdate ? "Only the fields you change are sent." : "You can view but not change this runner's configuration."}`}
      />
      <CardBody>
        {fields && fields.length > 0 && !canUpdate ? (
          <RunnerConfigurationSummary fields={fields} config={config} />
        ) : fields && fields.length > 0 ? (
          <SchemaForm
            key={saves}
            aria-label="Runner configuration"
            fields={fields}
            values={values}
            secretsSet={secretsSet}
            readOnlyIds={readOnlyIds}
            onSubmit={submit}
            submitLabel="Save configuration"
            isSubmitting={update.isPending}
            error={update.error ? describeError(update.error).title : undefined}
            hideActions={!canUpdate}
          />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">This runner's schema has no configuration fields.</p>
        )}
      </CardBody>
    </Card>
  );
}
