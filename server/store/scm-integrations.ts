// Queries for scm_integrations. Every mutating caller runs inside one db.transaction.
import type { Db } from "./db";
import { after, and, inList, type SqlCondition } from "./sql";

export interface ScmIntegrationRow {
  id: string;
  org_id: string;
  runner_id: string;
  scm_id: string;
  host: string;
  oauth_client_id: string | null;
  oauth_encrypted_client_secret: Uint8Array | null;
  issuer_url: string | null;
  pat: number;
  virtual_directory: string | null;
  created_at: string;
  updated_at: string;
}

export type NewScmIntegration = Omit<ScmIntegrationRow, "updated_at">;

export function insertScmIntegration(db: Db, row: NewScmIntegration): void {
  db.prepare(
    `INSERT INTO scm_integrations (id, org_id, runner_id, scm_id, host, oauth_client_id, oauth_encrypted_client_secret,
       issuer_url, pat, virtual_directory, created_at, updated_at)
     VALUES (@id, @org_id, @runner_id, @scm_id, @host, @oauth_client_id, @oauth_encrypted_client_secret,
       @issuer_url, @pat, @virtual_directory, @created_at, @created_at)`,
  ).run(row);
}

export function getScmIntegration(db: Db, id: string): ScmIntegrationRow | undefined {
  return db.prepare<[string], ScmIntegrationRow>("SELECT * FROM scm_integrations WHERE id = ?").get(id);
}

export function findScmIntegrationByHost(
  db: Db,
  runnerId: string,
  host: string,
): ScmIntegrationRow | undefined {
  return db
    .prepare<[string, string], ScmIntegrationRow>(
      "SELECT * FROM scm_integrations WHERE runner_id = ? AND host = ?",
    )
    .get(runnerId, host);
}

export function listScmIntegrationsOfRunner(db: Db, runnerId: string): ScmIntegrationRow[] {
  return db
    .prepare<[string], ScmIntegrationRow>(
      "SELECT * FROM scm_integrations WHERE runner_id = ? ORDER BY host, id",
    )
    .all(runnerId);
}

/** Keyset page ordered by (host, id), over the runners `visibility` selects
 * (server/auth/permissions.ts, written over the columns i.runner_id and i.org_id). */
export function listScmIntegrations(
  db: Db,
  query: { visibility: SqlCondition; runnerIds: string[]; after: unknown[] | undefined; limit: number },
): ScmIntegrationRow[] {
  const where = and([
    query.visibility,
    inList("i.runner_id", query.runnerIds),
    after(["i.host", "i.id"], query.after),
  ]);
  return db
    .prepare<(string | number)[], ScmIntegrationRow>(
      `SELECT i.* FROM scm_integrations i WHERE ${where.sql} ORDER BY i.host, i.id LIMIT ?`,
    )
    .all(...where.params, query.limit);
}

export function updateScmIntegration(db: Db, row: ScmIntegrationRow): void {
  db.prepare(
    `UPDATE scm_integrations SET oauth_client_id = @oauth_client_id,
       oauth_encrypted_client_secret = @oauth_encrypted_client_secret, issuer_url = @issuer_url, pat = @pat,
       virtual_directory = @virtual_directory, updated_at = @updated_at
     WHERE id = @id`,
  ).run(row);
}

export function deleteScmIntegration(db: Db, id: string): void {
  db.prepare("DELETE FROM scm_integrations WHERE id = ?").run(id);
}
