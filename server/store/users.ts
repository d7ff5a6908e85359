import type { OrgRole, UserPrincipal } from "../auth/principal";
import { hashSecret } from "../auth/secrets";
import type { Db } from "./db";
import { prepared } from "./statements";

export interface UserRow {
  id: string;
  org_id: string;
  display_name: string;
  org_role: OrgRole;
  created_at: string;
}

export function insertOrganization(
  db: Db,
  org: { id: string; name: string; tier?: string; createdAt: Date },
): void {
  db.prepare("INSERT INTO organizations (id, name, tier, created_at) VALUES (?, ?, ?, ?)").run(
    org.id,
    org.name,
    org.tier ?? "",
    org.createdAt.toISOString(),
  );
}

export function insertUser(
  db: Db,
  user: { id: string; orgId: string; displayName: string; orgRole: OrgRole; createdAt: Date },
): void {
  db.prepare("INSERT INTO users (id, org_id, display_name, org_role, created_at) VALUES (?, ?, ?, ?, ?)").run(
    user.id,
    user.orgId,
    user.displayName,
    user.orgRole,
    user.createdAt.toISOString(),
  );
}

export function getUser(db: Db, userId: string): UserRow | undefined {
  return prepared<[string], UserRow>(db, "SELECT * FROM users WHERE id = ?").get(userId);
}

export function groupIdsOfUser(db: Db, userId: string): string[] {
  return prepared<[string], { group_id: string }>(db, "SELECT group_id FROM group_members WHERE user_id = ? ORDER BY group_id")
    .all(userId)
    .map((r) => r.group_id);
}

/** The principal a user acts as, with the org role and group memberships as stored now. */
export function userPrincipal(db: Db, userId: string): UserPrincipal | undefined {
  const user = getUser(db, userId);
  if (!user) return undefined;
  return {
    kind: "user",
    userId: user.id,
    orgId: user.org_id,
    orgRole: user.org_role,
    groupIds: groupIdsOfUser(db, user.id),
    displayName: user.display_name,
  };
}

/** Stores an API token for a user (hashed); replacing a token with the same value is a no-op. */
export function addApiToken(db: Db, userId: string, token: string, label: string, now: Date): void {
  db.prepare(
    "INSERT OR REPLACE INTO api_tokens (token_hash, user_id, label, created_at) VALUES (?, ?, ?, ?)",
  ).run(hashSecret(token), userId, label, now.toISOString());
}

/** Drops a user's tokens with a label (used when CONSOLE_*_TOKEN replaces a demo token). */
export function removeApiTokens(db: Db, userId: string, label: string): void {
  db.prepare("DELETE FROM api_tokens WHERE user_id = ? AND label = ?").run(userId, label);
}

/** Whether the user's tokens with this label are exactly this one token (then nothing needs writing). */
export function hasOnlyApiToken(db: Db, userId: string, label: string, token: string): boolean {
  const hashes = db
    .prepare<[string, string], { token_hash: string }>("SELECT token_hash FROM api_tokens WHERE user_id = ? AND label = ?")
    .all(userId, label);
  return hashes.length === 1 && hashes[0]?.token_hash === hashSecret(token);
}

export function userIdForApiToken(db: Db, token: string): string | undefined {
  return prepared<[string], { user_id: string }>(db, "SELECT user_id FROM api_tokens WHERE token_hash = ?")
    .get(hashSecret(token))?.user_id;
}

export function organizationTier(db: Db, orgId: string): string {
  return (
    db.prepare<[string], { tier: string }>("SELECT tier FROM organizations WHERE id = ?").get(orgId)?.tier ??
    ""
  );
}
