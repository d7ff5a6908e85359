import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import {
  RunnerSchema,
  RunnerSpecSchema,
  RunnerStatusSchema,
  type Runner,
  type RunnerSpec,
  type RunnerStatus,
} from "../../src/gen/gitpod/v1/runner_pb";
import type { Principal as PrincipalEnum } from "../../src/gen/gitpod/v1/identity_pb";
import type { RunnerKind, RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { decryptPrivateKey, decryptValue, encryptPrivateKey, encryptValue } from "../crypto/at-rest";
import type { Db } from "./db";
import type { RunnerKeyPair } from "./runner-keys";
import { prepared } from "./statements";

/** Write-only values kept beside the spec; never part of a response. */
export interface RunnerSecrets {
  metricsPassword?: string;
}

/** What a response shows instead of a stored write-only value, so clients can tell "set" from "not set". */
export const SECRET_MASK = "********";

export interface RunnerRow {
  id: string;
  org_id: string;
  name: string;
  kind: number;
  provider: number;
  runner_manager_id: string;
  creator_id: string;
  creator_principal: number;
  created_at: string;
  updated_at: string;
  spec: Uint8Array;
  status: Uint8Array;
  secrets: string;
  public_key: Uint8Array;
  private_key: Uint8Array;
  /** Bumped on every write to the row (migration 007): the wire form's cache key with the id. */
  revision: number;
}

export interface NewRunner {
  id: string;
  orgId: string;
  name: string;
  kind: RunnerKind;
  provider: RunnerProvider;
  runnerManagerId: string;
  creator: { id: string; principal: PrincipalEnum };
  createdAt: Date;
  spec: RunnerSpec;
  status: RunnerStatus;
  secrets: RunnerSecrets;
  keys: RunnerKeyPair;
}

export function insertRunner(db: Db, r: NewRunner): void {
  db.prepare(
    `INSERT INTO runners (id, org_id, name, kind, provider, runner_manager_id, creator_id, creator_principal,
       created_at, updated_at, spec, status, secrets, public_key, private_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.id,
    r.orgId,
    r.name,
    r.kind,
    r.provider,
    r.runnerManagerId,
    r.creator.id,
    r.creator.principal,
    r.createdAt.toISOString(),
    r.createdAt.toISOString(),
    toBinary(RunnerSpecSchema, r.spec),
    toBinary(RunnerStatusSchema, r.status),
    storedSecrets(db, r.secrets),
    Buffer.from(r.keys.publicKey),
    encryptPrivateKey(db, r.keys.privateKey),
  );
}

export function getRunnerRow(db: Db, runnerId: string): RunnerRow | undefined {
  return prepared<[string], RunnerRow>(db, "SELECT * FROM runners WHERE id = ?").get(runnerId);
}

export function runnerSpecOf(row: RunnerRow): RunnerSpec {
  return fromBinary(RunnerSpecSchema, row.spec);
}
export function runnerStatusOf(row: RunnerRow): RunnerStatus {
  return fromBinary(RunnerStatusSchema, row.status);
}
/** The secrets column as stored: values encrypted (or plain in rows not yet converted). */
export function storedSecretsOf(row: Pick<RunnerRow, "secrets">): RunnerSecrets {
  const parsed: unknown = JSON.parse(row.secrets);
  if (typeof parsed !== "object" || parsed === null) return {};
  const password = "metricsPassword" in parsed ? parsed.metricsPassword : undefined;
  return typeof password === "string" ? { metricsPassword: password } : {};
}

/** The write-only values in clear. */
export function runnerSecretsOf(db: Db, row: RunnerRow): RunnerSecrets {
  const { metricsPassword } = storedSecretsOf(row);
  return metricsPassword === undefined ? {} : { metricsPassword: decryptValue(db, metricsPassword) };
}

/** The secrets column's value: every write-only value encrypted. */
export function storedSecrets(db: Db, secrets: RunnerSecrets): string {
  const { metricsPassword } = secrets;
  return JSON.stringify(metricsPassword === undefined ? {} : { metricsPassword: encryptValue(db, metricsPassword) });
}

/** The wire Runner: spec without write-only values (masked when set), status with the public key. */
export function runnerFromRow(row: RunnerRow): Runner {
  const spec = runnerSpecOf(row);
  if (spec.configuration?.metrics) {
    spec.configuration.metrics.password = storedSecretsOf(row).metricsPassword ? SECRET_MASK : "";
  }
  const status = runnerStatusOf(row);
  status.publicKey = new Uint8Array(row.public_key);
  return create(RunnerSchema, {
    runnerId: row.id,
    createdAt: timestampFromDate(new Date(row.created_at)),
    updatedAt: timestampFromDate(new Date(row.updated_at)),
    name: row.name,
    spec,
    status,
    creator: { id: row.creator_id, principal: row.creator_principal },
    kind: row.kind,
    provider: row.provider,
    runnerManagerId: row.runner_manager_id,
  });
}

export function saveRunnerChanges(
  db: Db,
  runnerId: string,
  changes: { name: string; spec: RunnerSpec; secrets: RunnerSecrets; updatedAt: Date },
): void {
  db.prepare("UPDATE runners SET name = ?, spec = ?, secrets = ?, updated_at = ? WHERE id = ?").run(
    changes.name,
    toBinary(RunnerSpecSchema, changes.spec),
    storedSecrets(db, changes.secrets),
    changes.updatedAt.toISOString(),
    runnerId,
  );
}

/** Changes a runner's reported status (used when a runner connects and sends heartbeats). */
export function updateRunnerStatus(
  db: Db,
  runnerId: string,
  change: (status: RunnerStatus) => void,
): boolean {
  return db.transaction(() => {
    const row = getRunnerRow(db, runnerId);
    if (!row) return false;
    const status = runnerStatusOf(row);
    change(status);
    db.prepare("UPDATE runners SET status = ? WHERE id = ?").run(
      toBinary(RunnerStatusSchema, status),
      runnerId,
    );
    return true;
  })();
}

/** Deletes the runner; foreign keys cascade to its environment classes, SCM integrations, host tokens, policies. */
export function deleteRunnerRow(db: Db, runnerId: string): void {
  db.prepare("DELETE FROM runners WHERE id = ?").run(runnerId);
}

/** The runner's raw X25519 private key (32 bytes, decrypted), e.g. to open sealed boxes addressed to it. */
export function runnerPrivateKey(db: Db, runnerId: string): Uint8Array | undefined {
  const row = db
    .prepare<[string], { private_key: Uint8Array }>("SELECT private_key FROM runners WHERE id = ?")
    .get(runnerId);
  return row ? decryptPrivateKey(db, row.private_key) : undefined;
}

export function runnerPublicKey(db: Db, runnerId: string): Uint8Array | undefined {
  const row = db
    .prepare<[string], { public_key: Uint8Array }>("SELECT public_key FROM runners WHERE id = ?")
    .get(runnerId);
  return row ? new Uint8Array(row.public_key) : undefined;
}
