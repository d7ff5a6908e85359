import type { MessageInitShape } from "@bufbuild/protobuf";
import { RunnerKind } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import {
  RunnerPhase,
  type UpdateRunnerRequest,
  type UpdateRunnerResponseSchema,
  RunnerPhaseSchema,
} from "../../src/gen/gitpod/v1/runner_pb";
import { requireRunnerAdmin } from "../auth/permissions";
import type { Principal } from "../auth/principal";
import type { ServerContext } from "../context";
import { failedPrecondition, invalidArgument } from "../errors";
import { applyLocalRunnersSwitch, isDeletionPending } from "../store/runner-lifecycle";
import { runnerSecretsOf, runnerSpecOf, saveRunnerChanges } from "../store/runners";
import { requireDefinedEnum, requireName, requireUuid } from "../validation";
import { applyConfigurationUpdate, sealingReady } from "./runner-spec";

/** UpdateRunner with proto3-optional semantics: absent fields stay as they are. Read-modify-write in one transaction. */
export async function updateRunner(
  ctx: ServerContext,
  principal: Principal,
  req: UpdateRunnerRequest,
): Promise<MessageInitShape<typeof UpdateRunnerResponseSchema>> {
  requireUuid("runnerId", req.runnerId);
  if (req.name !== undefined) requireName("name", req.name, 3, 127);
  await sealingReady();
  ctx.db.transaction(() => {
    const row = requireRunnerAdmin(ctx, principal, req.runnerId);
    if (isDeletionPending(ctx.db, req.runnerId)) throw failedPrecondition("the runner is being deleted and can no longer be changed");
    const spec = runnerSpecOf(row);
    const secrets = runnerSecretsOf(ctx.db, row);
    const desiredPhase = req.spec?.desiredPhase;
    if (desiredPhase !== undefined) {
      requireDefinedEnum("spec.desiredPhase", RunnerPhaseSchema, desiredPhase);
      if (row.kind !== RunnerKind.LOCAL_CONFIGURATION) {
        throw invalidArgument("spec.desiredPhase can only be updated on the local-configuration runner");
      }
      if (desiredPhase !== RunnerPhase.ACTIVE && desiredPhase !== RunnerPhase.INACTIVE) {
        throw invalidArgument("spec.desiredPhase must be RUNNER_PHASE_ACTIVE or RUNNER_PHASE_INACTIVE");
      }
      spec.desiredPhase = desiredPhase;
      // The org-wide switch: local runners stop now and stay INACTIVE (heartbeats included) until it is ACTIVE again.
      applyLocalRunnersSwitch(ctx.db, row, desiredPhase === RunnerPhase.ACTIVE);
    }
    if (req.spec?.configuration) {
      applyConfigurationUpdate(spec, secrets, req.spec.configuration, new Uint8Array(row.public_key));
    }
    saveRunnerChanges(ctx.db, req.runnerId, {
      name: req.name ?? row.name,
      spec,
      secrets,
      updatedAt: ctx.now(),
    });
  })();
  return {};
}
