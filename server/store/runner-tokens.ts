import { hashSecret, randomSecret } from "../auth/secrets";
import type { Db } from "./db";

export const EXCHANGE_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
export const LOGS_TOKEN_TTL_MS = 60 * 60 * 1000;

/** A new one-time exchange token for the runner (valid 24 h); returns the plaintext once. */
export function issueExchangeToken(db: Db, runnerId: string, now: Date): string {
  const token = randomSecret("rx_");
  db.prepare(
    "INSERT INTO runner_exchange_tokens (token_hash, runner_id, expires_at_ms) VALUES (?, ?, ?)",
  ).run(hashSecret(token), runnerId, now.getTime() + EXCHANGE_TOKEN_TTL_MS);
  return token;
}

/**
 * Consumes an exchange token: marks it used and returns its runner, or undefined when the token is unknown,
 * used or expired. The conditional UPDATE makes a second concurrent use lose.
 */
export function consumeExchangeToken(db: Db, token: string, now: Date): string | undefined {
  const hash = hashSecret(token);
  const row = db
    .prepare<[string], { runner_id: string }>(
      "SELECT runner_id FROM runner_exchange_tokens WHERE token_hash = ?",
    )
    .get(hash);
  if (!row) return undefined;
  const used = db
    .prepare(
      "UPDATE runner_exchange_tokens SET used_at_ms = ? WHERE token_hash = ? AND used_at_ms IS NULL AND expires_at_ms > ?",
    )
    .run(now.getTime(), hash, now.getTime());
  return used.changes === 1 ? row.runner_id : undefined;
}

export function issueRunnerAccessToken(
  db: Db,
  runnerId: string,
  purpose: "runner" | "logs",
  now: Date,
): string {
  const token = randomSecret(purpose === "runner" ? "ra_" : "rl_");
  const expires = purpose === "logs" ? now.getTime() + LOGS_TOKEN_TTL_MS : null;
  db.prepare(
    "INSERT INTO runner_access_tokens (token_hash, runner_id, purpose, created_at_ms, expires_at_ms) VALUES (?, ?, ?, ?, ?)",
  ).run(hashSecret(token), runnerId, purpose, now.getTime(), expires);
  return token;
}

/** The runner a runner access token (purpose "runner") belongs to. */
export function runnerIdForAccessToken(db: Db, token: string): string | undefined {
  return db
    .prepare<[string], { runner_id: string }>(
      "SELECT runner_id FROM runner_access_tokens WHERE token_hash = ? AND purpose = 'runner'",
    )
    .get(hashSecret(token))?.runner_id;
}
