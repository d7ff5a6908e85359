import { hashSecret, randomSecret } from "../auth/secrets";
import type { Db } from "./db";

export const SESSION_IDLE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** last_seen is written at most this often, so reads don't turn every request into a write. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/** Creates a session and returns its id (the cookie value); only the hash is stored. */
export function createSession(db: Db, userId: string, now: Date): string {
  const id = randomSecret();
  db.prepare("INSERT INTO sessions (id_hash, user_id, created_at_ms, last_seen_ms) VALUES (?, ?, ?, ?)").run(
    hashSecret(id),
    userId,
    now.getTime(),
    now.getTime(),
  );
  return id;
}

/** The session's user when the session exists and has not been idle for 12 h; refreshes last_seen. */
export function userIdForSession(db: Db, sessionId: string, now: Date): string | undefined {
  const hash = hashSecret(sessionId);
  const row = db
    .prepare<[string], { user_id: string; last_seen_ms: number }>(
      "SELECT user_id, last_seen_ms FROM sessions WHERE id_hash = ?",
    )
    .get(hash);
  if (!row) return undefined;
  const nowMs = now.getTime();
  if (nowMs - row.last_seen_ms > SESSION_IDLE_TIMEOUT_MS) {
    db.prepare("DELETE FROM sessions WHERE id_hash = ?").run(hash);
    return undefined;
  }
  if (nowMs - row.last_seen_ms > TOUCH_INTERVAL_MS) {
    db.prepare("UPDATE sessions SET last_seen_ms = ? WHERE id_hash = ?").run(nowMs, hash);
  }
  return row.user_id;
}

export function deleteSession(db: Db, sessionId: string): void {
  db.prepare("DELETE FROM sessions WHERE id_hash = ?").run(hashSecret(sessionId));
}

export function deleteIdleSessions(db: Db, now: Date): void {
  db.prepare("DELETE FROM sessions WHERE last_seen_ms < ?").run(now.getTime() - SESSION_IDLE_TIMEOUT_MS);
}
