import type { MessageInitShape } from "@bufbuild/protobuf";
import { buildConfigurationUpdate, isKnownConfigPath, withConfigGroups } from "../../../../common/runner-config-paths";
import type { KeyValue, SchemaFormResult } from "../../../components/schema-form/schema-form";
import type { UpdateRunnerRequestSchema } from "../../../gen/gitpod/v1/runner_pb";

export interface ConfigurationUpdate {
  request: MessageInitShape<typeof UpdateRunnerRequestSchema>;
  /** The fields the user changed (a secret only when typed). */
  changes: KeyValue[];
  /** Unchanged fields sent along because the server checks them with a changed one (e.g. both update-window hours). */
  alsoSent: KeyValue[];
}

/**
 * The one builder of the Configuration tab's UpdateRunner request (Save, Review and Show API call all use it):
 * the changed known fields plus the rest of their groups. Undefined when nothing changed; throws ConfigPathError
 * for a value the API cannot take.
 */
export function configurationUpdate(
  runnerId: string,
  { changedValues, values }: SchemaFormResult,
  editableIds: ReadonlySet<string>,
): ConfigurationUpdate | undefined {
  const changes = changedValues.filter((change) => isKnownConfigPath(change.key));
  if (changes.length === 0) return undefined;
  const sent = withConfigGroups(changes, values, editableIds);
  const changedKeys = new Set(changes.map((change) => change.key));
  return {
    request: { runnerId, spec: { configuration: buildConfigurationUpdate(sent) } },
    changes,
    alsoSent: sent.filter((entry) => !changedKeys.has(entry.key)),
  };
}
