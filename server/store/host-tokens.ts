// Queries for host_tokens. Token values are only ever handled as ciphertext here.
import type { Db } from "./db";

export interface HostTokenRow {
  id: string;
  org_id: string;
  runner_id: string;
  subject_id: string;
  host: string;
  source: number;
  integration_id: string | null;
  scopes: string;
  expires_at: string | null;
  token_ciphertext: Uint8Array;
  refresh_token_ciphertext: Uint8Array | null;
  created_at: string;
  updated_at: string;
}

export type NewHostToken = Omit<HostTokenRow, "updated_at">;

export function insertHostToken(db: Db, row: NewHostToken): void {
  db.prepare(
    `INSERT INTO host_tokens (id, org_id, runner_id, subject_id, host, source, integration_id, scopes, expires_at,
       token_ciphertext, refresh_token_ciphertext, created_at, updated_at)
     VALUES (@id, @org_id, @runner_id, @subject_id, @host, @source, @integration_id, @scopes, @expires_at,
       @token_ciphertext, @refresh_token_ciphertext, @created_at, @created_at)`,
  ).run(row);
}

export function getHostToken(db: Db, id: string): HostTokenRow | undefined {
  return db.prepare<[string], HostTokenRow>("SELECT * FROM host_tokens WHERE id = ?").get(id);
}

export function findHostToken(
  db: Db,
  runnerId: string,
  subjectId: string,
  host: string,
): HostTokenRow | undefined {
  return db
    .prepare<[string, string, string], HostTokenRow>(
      "SELECT * FROM host_tokens WHERE runner_id = ? AND subject_id = ? AND host = ?",
    )
    .get(runnerId, subjectId, host);
}

export interface HostTokenQuery {
  orgId: string;
  runnerId: string | undefined;
  subjectId: string | undefined;
  after: [string, string] | undefined;
  limit: number;
}

/** Keyset page ordered by (created_at, id). */
export function listHostTokens(db: Db, query: HostTokenQuery): HostTokenRow[] {
  const where = ["org_id = ?"];
  const params: (string | number)[] = [query.orgId];
  if (query.runnerId !== undefined) {
    where.push("runner_id = ?");
    params.push(query.runnerId);
  }
  if (query.subjectId !== undefined) {
    where.push("subject_id = ?");
    params.push(query.subjectId);
  }
  if (query.after) {
    where.push("(created_at, id) > (?, ?)");
    params.push(...query.after);
  }
  params.push(query.limit);
  return db
    .prepare<(string | number)[], HostTokenRow>(
      `SELECT * FROM host_tokens WHERE ${where.join(" AND ")} ORDER BY created_at, id LIMIT ?`,
    )
    .all(...params);
}

export function updateHostToken(db: Db, row: HostTokenRow): void {
  db.prepare(
    `UPDATE host_tokens SET token_ciphertext = @token_ciphertext, refresh_token_ciphertext = @refresh_token_ciphertext,
       expires_at = @expires_at, scopes = @scopes, source = @source, integration_id = @integration_id,
       updated_at = @updated_at
     WHERE id = @id`,
  ).run(row);
}

export function deleteHostToken(db: Db, id: string): void {
  db.prepare("DELETE FROM host_tokens WHERE id = ?").run(id);
}

/** The cascade of UpdateSCMIntegration: removing OAuth or disabling PAT drops that runner+host's tokens of the source. */
export function deleteHostTokensBySource(db: Db, runnerId: string, host: string, source: number): number {
  return db
    .prepare("DELETE FROM host_tokens WHERE runner_id = ? AND host = ? AND source = ?")
    .run(runnerId, host, source).changes;
}
