// oauth_states: the local OAuth flow's single-use states (hashed), bound to user + runner + host.
import { hashSecret, sameSecret } from "../auth/secrets";
import type { Db } from "./db";

export interface OAuthStateRow {
  state_hash: string;
  user_id: string;
  runner_id: string;
  integration_id: string;
  host: string;
  return_to: string;
  code_hash: string | null;
  expires_at_ms: number;
}

export function insertOAuthState(
  db: Db,
  state: string,
  row: Omit<OAuthStateRow, "state_hash" | "code_hash">,
  nowMs: number,
): void {
  db.prepare("DELETE FROM oauth_states WHERE expires_at_ms <= ?").run(nowMs);
  db.prepare(
    `INSERT INTO oauth_states (state_hash, user_id, runner_id, integration_id, host, return_to, code_hash, expires_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?)`,
  ).run(hashSecret(state), row.user_id, row.runner_id, row.integration_id, row.host, row.return_to, row.expires_at_ms);
}

/** The state if it exists, belongs to the user and has not expired. */
export function findOAuthState(db: Db, state: string, userId: string, nowMs: number): OAuthStateRow | undefined {
  const row = db.prepare<[string], OAuthStateRow>("SELECT * FROM oauth_states WHERE state_hash = ?").get(hashSecret(state));
  return row && row.user_id === userId && row.expires_at_ms > nowMs ? row : undefined;
}

/** Records the authorization code of an approved state; false if the state was already approved. */
export function setOAuthCode(db: Db, stateHash: string, code: string): boolean {
  return db.prepare("UPDATE oauth_states SET code_hash = ? WHERE state_hash = ? AND code_hash IS NULL").run(hashSecret(code), stateHash).changes === 1;
}

export function deleteOAuthState(db: Db, stateHash: string): boolean {
  return db.prepare("DELETE FROM oauth_states WHERE state_hash = ?").run(stateHash).changes === 1;
}

export function codeMatches(row: OAuthStateRow, code: string): boolean {
  return row.code_hash !== null && sameSecret(row.code_hash, hashSecret(code));
}
