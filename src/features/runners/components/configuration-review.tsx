import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { ReviewChanges, type ChangeRow } from "../../../components/review/review-changes";
import type { RunnerConfigurationSchema_Field } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerService, type RunnerConfiguration } from "../../../gen/gitpod/v1/runner_pb";
import type { ConfigurationUpdate } from "./configuration-request";
import { configurationValueText, fieldValueText } from "./runner-configuration-summary";

/** The review's rows: each changed field by its schema label, stored value → typed value (secrets: "changed"). */
export function configurationChangeRows(
  fields: readonly RunnerConfigurationSchema_Field[],
  config: RunnerConfiguration | undefined,
  changes: ConfigurationUpdate["changes"],
): ChangeRow[] {
  return changes.map(({ key, value }) => {
    const field = fields.find((f) => f.id === key);
    if (!field) return { key, label: key, before: "", after: value };
    return {
      key,
      label: field.name || field.id,
      before: configurationValueText(field, config),
      after: fieldValueText(field, value),
      secret: field.secret,
    };
  });
}

interface ConfigurationReviewProps {
  runnerName: string;
  fields: readonly RunnerConfigurationSchema_Field[];
  config: RunnerConfiguration | undefined;
  update: ConfigurationUpdate;
  onApply: () => Promise<void>;
  onBack: () => void;
  isApplying: boolean;
}

export function ConfigurationReview({ runnerName, fields, config, update, onApply, onBack, isApplying }: ConfigurationReviewProps) {
  const labelOf = (key: string) => fields.find((f) => f.id === key)?.name || key;
  const count = update.changes.length;
  return (
    <ReviewChanges
      title={`Review ${count === 1 ? "1 change" : `${count} changes`} to ${runnerName}`}
      changes={configurationChangeRows(fields, config, update.changes)}
      alsoSent={update.alsoSent.map((entry) => labelOf(entry.key))}
      onApply={onApply}
      onBack={onBack}
      isApplying={isApplying}
      extraActions={<ShowApiCallButton method={RunnerService.method.updateRunner} request={() => update.request} />}
    />
  );
}
