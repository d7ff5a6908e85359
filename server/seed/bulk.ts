import { create } from "@bufbuild/protobuf";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { Principal as PrincipalEnum } from "../../src/gen/gitpod/v1/identity_pb";
import { RunnerKind, RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import {
  RunnerPhase,
  RunnerRole,
  RunnerSpecSchema,
  RunnerStatusSchema,
} from "../../src/gen/gitpod/v1/runner_pb";
import type { ServerContext } from "../context";
import { seededId } from "../store/ids";
import { insertPolicy } from "../store/policies";
import sodium from "libsodium-wrappers";
import { seededPrivateKey, type RunnerKeyPair } from "../store/runner-keys";
import { insertRunner } from "../store/runners";
import { CURRENT_RUNNER_VERSION } from "./demo-runners";
import type { DemoIds } from "./ids";

const PROVIDERS = [
  [RunnerProvider.AWS_EC2, RunnerKind.REMOTE],
  [RunnerProvider.GCP, RunnerKind.REMOTE],
  [RunnerProvider.LINUX_HOST, RunnerKind.LOCAL],
  [RunnerProvider.DESKTOP_MAC, RunnerKind.LOCAL],
] as const;
const PHASES = [
  RunnerPhase.ACTIVE,
  RunnerPhase.ACTIVE,
  RunnerPhase.ACTIVE,
  RunnerPhase.INACTIVE,
  RunnerPhase.DEGRADED,
];
const BATCH = 5000;

/** Same keys as seededRunnerKeyPair, ~100× faster (node's key import costs milliseconds per key). */
function fastSeededKeyPair(seed: string): RunnerKeyPair {
  const privateKey = seededPrivateKey(seed);
  return { privateKey, publicKey: sodium.crypto_scalarmult_base(privateKey) };
}

/**
 * Adds `count` runners ("bulk-000001" …) to the demo org for benchmarks; every 10th is shared with Developers
 * (USER) so member lists page too. Deterministic, batched into transactions of 5000.
 */
export async function seedBulkRunners(
  ctx: ServerContext,
  ids: DemoIds,
  count: number,
  seed: string,
  onProgress?: (done: number) => void,
): Promise<void> {
  await sodium.ready;
  const now = ctx.now();
  const width = String(count).length;
  for (let start = 0; start < count; start += BATCH) {
    ctx.db.transaction(() => {
      for (let i = start; i < Math.min(count, start + BATCH); i++) {
        const name = `bulk-${String(i + 1).padStart(Math.max(6, width), "0")}`;
        const id = seededId(seed, `bulk-runner:${name}`);
        const [provider, kind] = PROVIDERS[i % PROVIDERS.length] ?? PROVIDERS[0];
        insertRunner(ctx.db, {
          id,
          orgId: ids.orgId,
          name,
          kind,
          provider,
          runnerManagerId: "",
          creator: { id: ids.users.admin, principal: PrincipalEnum.USER },
          createdAt: new Date(now.getTime() - (i % 1000) * 60_000),
          spec: create(RunnerSpecSchema, { desiredPhase: RunnerPhase.ACTIVE }),
          status: create(RunnerStatusSchema, {
            phase: PHASES[i % PHASES.length],
            version: CURRENT_RUNNER_VERSION,
            updatedAt: timestampFromDate(new Date(now.getTime() - (i % 120) * 1000)),
          }),
          secrets: {},
          keys: fastSeededKeyPair(`${seed}:${id}`),
        });
        if (i % 10 === 0) {
          insertPolicy(ctx.db, {
            runnerId: id,
            groupId: ids.groups.developers,
            role: RunnerRole.USER,
            createdAt: now,
          });
        }
      }
    })();
    onProgress?.(Math.min(count, start + BATCH));
  }
}
