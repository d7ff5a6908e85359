import type { MessageInitShape } from "@bufbuild/protobuf";
import type { ChangeRow } from "../../components/review/review-changes";
import type { KeyValue, SchemaFormResult } from "../../components/schema-form/schema-form";
import type { EnvironmentClass, UpdateEnvironmentClassRequestSchema } from "../../gen/gitpod/v1/runner_configuration_pb";
import type { EditEnvironmentClassValues } from "./components/edit-environment-class-form";
import { DESCRIPTION_KEY, DISPLAY_NAME_KEY } from "./validation-errors";

/**
 * The new-class form's CreateEnvironmentClass request (also the draft it validates first, hence the plain shape
 * that fits both messages).
 */
export function createEnvironmentClassRequest(
  runnerId: string,
  { values, extra }: SchemaFormResult,
): { runnerId: string; displayName: string; description: string; configuration: KeyValue[] } {
  return {
    runnerId,
    displayName: extra[DISPLAY_NAME_KEY] ?? "",
    description: extra[DESCRIPTION_KEY] ?? "",
    configuration: values,
  };
}

type UpdateRequest = MessageInitShape<typeof UpdateEnvironmentClassRequestSchema>;

/** The edit dialog's UpdateEnvironmentClass request: only the fields that differ from the stored class. */
export function updateEnvironmentClassRequest(environmentClass: EnvironmentClass, values: EditEnvironmentClassValues): UpdateRequest {
  const request: UpdateRequest = { environmentClassId: environmentClass.id };
  if (values.displayName !== environmentClass.displayName) request.displayName = values.displayName;
  if (values.description !== environmentClass.description) request.description = values.description;
  if (values.enabled !== environmentClass.enabled) request.enabled = values.enabled;
  return request;
}

const onOff = (enabled: boolean) => (enabled ? "Enabled" : "Disabled");

/** The review's rows for that request, labelled as the form labels its fields. */
export function environmentClassChangeRows(environmentClass: EnvironmentClass, request: UpdateRequest): ChangeRow[] {
  const rows: ChangeRow[] = [];
  if (request.displayName !== undefined)
    rows.push({ key: "displayName", label: "Display name", before: environmentClass.displayName, after: request.displayName });
  if (request.description !== undefined)
    rows.push({ key: "description", label: "Description", before: environmentClass.description, after: request.description });
  if (request.enabled !== undefined)
    rows.push({ key: "enabled", label: "Enabled", before: onOff(environmentClass.enabled), after: onOff(request.enabled) });
  return rows;
}
