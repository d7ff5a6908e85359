// Which RPCs the activity log records, derived from the service descriptors so a new Create/Update/Delete/Set RPC
// is recorded without anyone remembering to add it (server/activity/rpcs.test.ts classifies every method).
import type { DescMethod } from "@bufbuild/protobuf";
import { GroupService } from "../src/gen/gitpod/v1/group_pb";
import { IdentityService } from "../src/gen/gitpod/v1/identity_pb";
import { RunnerConfigurationService } from "../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../src/gen/gitpod/v1/runner_pb";

const MUTATING_PREFIXES = ["Create", "Update", "Delete", "Set"];

export const RECORDED_SERVICES = [RunnerService, RunnerConfigurationService, GroupService, IdentityService] as const;

export function isMutatingMethod(method: DescMethod): boolean {
  return MUTATING_PREFIXES.some((prefix) => method.name.startsWith(prefix));
}

/** "gitpod.v1.RunnerService/UpdateRunner" for every mutating RPC, in descriptor order. */
export const MUTATING_RPCS: readonly string[] = RECORDED_SERVICES.flatMap((service) =>
  service.methods.filter(isMutatingMethod).map((method) => `${service.typeName}/${method.name}`),
);

/** "gitpod.v1.RunnerConfigurationService/CreateSCMIntegration" → "Create SCM integration". */
export function rpcLabel(rpc: string): string {
  const method = rpc.slice(rpc.lastIndexOf("/") + 1);
  const words = method.match(/[A-Z]+(?=[A-Z][a-z]|$)|[A-Z][a-z]*|[a-z]+|\d+/g) ?? [method];
  return words
    .map((word, index) => (index > 0 && /^[A-Z][a-z]+$/.test(word) ? word.toLowerCase() : word))
    .join(" ");
}

/** A Connect code's wire name: Code.PermissionDenied (7) → "permission_denied". */
export function connectCodeName(codeName: string): string {
  return codeName.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
}
