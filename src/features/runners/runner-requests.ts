import type { MessageInitShape } from "@bufbuild/protobuf";
import {
  RunnerPhase,
  type CreateRunnerLogsTokenRequestSchema,
  type CreateRunnerTokenRequestSchema,
  type DeleteRunnerRequestSchema,
  type UpdateRunnerRequestSchema,
} from "../../gen/gitpod/v1/runner_pb";

// One builder per runner action: the action sends what it returns, and "Show API call" shows the same.

export function renameRunnerRequest(runnerId: string, name: string): MessageInitShape<typeof UpdateRunnerRequestSchema> {
  return { runnerId, name: name.trim() };
}

export function deleteRunnerRequest(runnerId: string, force: boolean): MessageInitShape<typeof DeleteRunnerRequestSchema> {
  return { runnerId, force };
}

export function createRunnerTokenRequest(runnerId: string): MessageInitShape<typeof CreateRunnerTokenRequestSchema> {
  return { runnerId };
}

export function createRunnerLogsTokenRequest(runnerId: string): MessageInitShape<typeof CreateRunnerLogsTokenRequestSchema> {
  return { runnerId };
}

/** The org-wide local-runners switch: desiredPhase of the LOCAL_CONFIGURATION runner (INACTIVE turns them off). */
export function localRunnersRequest(runnerId: string, allow: boolean): MessageInitShape<typeof UpdateRunnerRequestSchema> {
  return { runnerId, spec: { desiredPhase: allow ? RunnerPhase.ACTIVE : RunnerPhase.INACTIVE } };
}
