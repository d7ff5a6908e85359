import type { RunnerConfigurationSchema_SCMConfigSchema } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import type { ServerContext } from "../context";
import type { RunnerRow } from "../store/runners";
import { runnerConfigurationSchema } from "./schema/runner-schema";

/** The SCMs of a runner's configuration schema (GetRunnerConfigurationSchema's `scm` list). */
export function scmSchemasOf(ctx: ServerContext, runner: RunnerRow): RunnerConfigurationSchema_SCMConfigSchema[] {
  return runnerConfigurationSchema(ctx, runner).scm;
}
