import type { MessageInitShape } from "@bufbuild/protobuf";
import type {
  CreateRunnerPolicyRequestSchema,
  DeleteRunnerPolicyRequestSchema,
  RunnerRole,
  UpdateRunnerPolicyRequestSchema,
} from "../../gen/gitpod/v1/runner_pb";

// One builder per policy action: the action sends what it returns, and "Show API call" shows the same.

export function createPolicyRequest(
  runnerId: string,
  groupId: string,
  role: RunnerRole,
): MessageInitShape<typeof CreateRunnerPolicyRequestSchema> {
  return { runnerId, groupId, role };
}

export function updatePolicyRequest(
  runnerId: string,
  groupId: string,
  role: RunnerRole,
): MessageInitShape<typeof UpdateRunnerPolicyRequestSchema> {
  return { runnerId, groupId, role };
}

export function deletePolicyRequest(runnerId: string, groupId: string): MessageInitShape<typeof DeleteRunnerPolicyRequestSchema> {
  return { runnerId, groupId };
}
