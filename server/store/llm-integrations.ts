// Queries for llm_integrations. Every mutating caller runs inside one db.transaction.
import type { Db } from "./db";
import { after, and, inList, type SqlCondition } from "./sql";

export interface LlmIntegrationRow {
  id: string;
  org_id: string;
  runner_id: string;
  provider: number;
  /** JSON array of SupportedModel numbers. */
  models: string;
  endpoint: string;
  encrypted_api_key: Uint8Array | null;
  /** uint64 as decimal text. */
  max_tokens: string;
  phase: number;
  phase_reason: string;
  /** JSON array of StoredRequestHeader. */
  request_headers: string;
  created_at: string;
  updated_at: string;
}

export interface StoredRequestHeader {
  key: string;
  /** base64 of the header's bytes. */
  value: string;
  type: number;
}

export type NewLlmIntegration = Omit<LlmIntegrationRow, "updated_at">;

export function insertLlmIntegration(db: Db, row: NewLlmIntegration): void {
  db.prepare(
    `INSERT INTO llm_integrations (id, org_id, runner_id, provider, models, endpoint, encrypted_api_key, max_tokens,
       phase, phase_reason, request_headers, created_at, updated_at)
     VALUES (@id, @org_id, @runner_id, @provider, @models, @endpoint, @encrypted_api_key, @max_tokens,
       @phase, @phase_reason, @request_headers, @created_at, @created_at)`,
  ).run(row);
}

export function getLlmIntegration(db: Db, id: string): LlmIntegrationRow | undefined {
  return db.prepare<[string], LlmIntegrationRow>("SELECT * FROM llm_integrations WHERE id = ?").get(id);
}

export function listLlmIntegrationsOfRunner(db: Db, runnerId: string): LlmIntegrationRow[] {
  return db
    .prepare<[string], LlmIntegrationRow>(
      "SELECT * FROM llm_integrations WHERE runner_id = ? ORDER BY created_at, id",
    )
    .all(runnerId);
}

/** Keyset page ordered by (created_at, id), over the runners `visibility` selects
 * (server/auth/permissions.ts, written over the columns i.runner_id and i.org_id). */
export function listLlmIntegrations(
  db: Db,
  query: { visibility: SqlCondition; runnerIds: string[]; after: unknown[] | undefined; limit: number },
): LlmIntegrationRow[] {
  const where = and([
    query.visibility,
    inList("i.runner_id", query.runnerIds),
    after(["i.created_at", "i.id"], query.after),
  ]);
  return db
    .prepare<(string | number)[], LlmIntegrationRow>(
      `SELECT i.* FROM llm_integrations i WHERE ${where.sql} ORDER BY i.created_at, i.id LIMIT ?`,
    )
    .all(...where.params, query.limit);
}

export function updateLlmIntegration(db: Db, row: LlmIntegrationRow): void {
  db.prepare(
    `UPDATE llm_integrations SET provider = @provider, models = @models, endpoint = @endpoint,
       encrypted_api_key = @encrypted_api_key, max_tokens = @max_tokens, phase = @phase, phase_reason = @phase_reason,
       request_headers = @request_headers, updated_at = @updated_at
     WHERE id = @id`,
  ).run(row);
}

export function deleteLlmIntegration(db: Db, id: string): void {
  db.prepare("DELETE FROM llm_integrations WHERE id = ?").run(id);
}
