import { create } from "@bufbuild/protobuf";
import {
  RunnerConfigurationSchemaSchema,
  type RunnerConfigurationSchema,
} from "../../../src/gen/gitpod/v1/runner_configuration_pb";
import type { ServerContext } from "../../context";
import type { RunnerRow } from "../../store/runners";
import { environmentClassFields } from "./environment-class-fields";
import { runnerConfigFields } from "./runner-config-fields";
import { scmConfigs } from "./scm-configs";

export const SCHEMA_VERSION = "2025-06-01";

/**
 * The configuration schema of a runner, by its provider. publicBaseUrl (scheme://host[:port]) is where browsers
 * reach this server; it defaults to the configured listen address.
 */
export function runnerConfigurationSchema(
  ctx: ServerContext,
  runner: RunnerRow,
  publicBaseUrl?: string,
): RunnerConfigurationSchema {
  const base = publicBaseUrl ?? `http://${ctx.config.host}:${ctx.config.port}`;
  return create(RunnerConfigurationSchemaSchema, {
    version: SCHEMA_VERSION,
    runnerConfig: runnerConfigFields(runner.provider),
    environmentClasses: environmentClassFields(runner.provider),
    scm: scmConfigs(base, ctx.config.apiPrefix),
  });
}
