import type { FieldError } from "../../../common/schema-fields";
import type { EnvironmentClassValidationResult } from "../../gen/gitpod/v1/runner_configuration_pb";

/** The keys of the form's own (non-schema) inputs; server errors for them land there. */
export const DISPLAY_NAME_KEY = "displayName";
export const DESCRIPTION_KEY = "description";

/** ValidateRunnerConfiguration's environment-class answer as per-field errors (keys = field ids or the extra keys). */
export function environmentClassErrors(result: EnvironmentClassValidationResult | undefined): FieldError[] {
  if (!result) return [];
  const errors: FieldError[] = [];
  if (result.displayNameError) errors.push({ key: DISPLAY_NAME_KEY, error: result.displayNameError });
  if (result.descriptionError) errors.push({ key: DESCRIPTION_KEY, error: result.descriptionError });
  for (const { key, error } of result.configurationErrors) if (error) errors.push({ key, error });
  return errors;
}
