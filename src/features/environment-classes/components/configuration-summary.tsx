import { useMemo } from "react";
import type { FieldValue } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { useRunnerConfigurationSchema } from "../../../api/runner-configuration/get-runner-configuration-schema";
import { describeConfiguration, summarizeConfiguration } from "../configuration-summary";

interface ConfigurationProps {
  runnerId: string;
  configuration: readonly FieldValue[];
}

/** One line in a list cell, labelled by the runner's schema (keys until it loads). */
export function ConfigurationSummary({ runnerId, configuration }: ConfigurationProps) {
  const { data } = useRunnerConfigurationSchema(runnerId);
  const items = useMemo(
    () => describeConfiguration(configuration, data?.schema?.environmentClasses),
    [configuration, data],
  );
  return <span className="text-xs text-slate-600 dark:text-slate-400">{summarizeConfiguration(items)}</span>;
}

/** The whole configuration as a read-only definition list (edit dialog, detail views). */
export function ConfigurationList({ runnerId, configuration }: ConfigurationProps) {
  const { data } = useRunnerConfigurationSchema(runnerId);
  const items = useMemo(
    () => describeConfiguration(configuration, data?.schema?.environmentClasses),
    [configuration, data],
  );
  if (items.length === 0)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">Default configuration (no values set).</p>
    );
  return (
    <dl className="grid grid-cols-[minmax(0,1fr)_minmax(0,1.5fr)] gap-x-4 gap-y-1.5 text-sm">
      {items.map((item) => (
        <div key={item.key} className="contents">
          <dt className="text-slate-600 dark:text-slate-400">{item.label}</dt>
          <dd className="font-mono text-slate-900 dark:text-slate-100">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
