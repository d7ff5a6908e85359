import { create } from "@bufbuild/protobuf";
import {
  EnvironmentClassValidationResultSchema,
  type EnvironmentClassValidationResult,
  type FieldValue,
} from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { validateConfiguration } from "../../common/schema-fields";
import type { ServerContext } from "../context";
import { encryptValue } from "../crypto/at-rest";
import type { RunnerRow } from "../store/runners";
import { hiddenCharacterError } from "../validation";
import { runnerConfigurationSchema } from "./schema/runner-schema";

function textError(label: string, value: string, min: number, max: number, multiline = false): string | undefined {
  const length = [...value].length;
  if (length < min || length > max) return `${label} must be between ${min} and ${max} characters`;
  return hiddenCharacterError(label, value, multiline);
}

/** Checks an environment class against the runner's schema; one message per problem, keyed like the form fields. */
export function checkEnvironmentClass(
  ctx: ServerContext,
  runner: RunnerRow,
  draft: { displayName: string; description: string; configuration: FieldValue[] },
): EnvironmentClassValidationResult {
  const fields = runnerConfigurationSchema(ctx, runner).environmentClasses;
  const result = create(EnvironmentClassValidationResultSchema, {
    displayNameError: textError("Display name", draft.displayName, 3, 127),
    descriptionError: textError("Description", draft.description, 3, 200, true),
    configurationErrors: validateConfiguration(fields, draft.configuration),
  });
  result.valid =
    result.displayNameError === undefined &&
    result.descriptionError === undefined &&
    result.configurationErrors.length === 0;
  return result;
}

/** The secret field ids of a runner's environment-class schema: stored, never returned. */
export function secretFieldIds(ctx: ServerContext, runner: RunnerRow): Set<string> {
  return new Set(
    runnerConfigurationSchema(ctx, runner)
      .environmentClasses.filter((f) => f.secret)
      .map((f) => f.id),
  );
}

/** The configuration as stored: values of secret fields encrypted (server/crypto/at-rest.ts). */
export function encryptSecretFields(
  ctx: ServerContext,
  runner: RunnerRow,
  configuration: ReadonlyArray<{ key: string; value: string }>,
): Array<{ key: string; value: string }> {
  const secrets = secretFieldIds(ctx, runner);
  return configuration.map(({ key, value }) => ({
    key,
    value: secrets.has(key) && value !== "" ? encryptValue(ctx.db, value) : value,
  }));
}
