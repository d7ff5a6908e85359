import type { Migration } from "./all";

// Owned by the server-core work (users, groups, sessions, API tokens, runners, environment classes, policies).
// Lists page by keyset on (sort key, id); every filter has an index that ends in that sort key.
// Runner spec/status are stored as binary protobuf; the columns lists filter on are kept beside them.
const sql = /* sql */ `
CREATE TABLE organizations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  tier TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  display_name TEXT NOT NULL,
  org_role TEXT NOT NULL CHECK (org_role IN ('admin', 'member')),
  created_at TEXT NOT NULL
);
CREATE INDEX users_org ON users(org_id, id);

CREATE TABLE groups (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  system_managed INTEGER NOT NULL DEFAULT 0,
  direct_share INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX groups_org_name ON groups(org_id, name, id);

CREATE TABLE group_members (
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, user_id)
) WITHOUT ROWID;
CREATE INDEX group_members_user ON group_members(user_id, group_id);

-- Bearer API tokens of users; only the SHA-256 of the token is kept.
CREATE TABLE api_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  label TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX api_tokens_user ON api_tokens(user_id);

-- Browser sessions (rc_session cookie); times in epoch milliseconds for the idle-timeout check.
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at_ms INTEGER NOT NULL,
  last_seen_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_last_seen ON sessions(last_seen_ms);

CREATE TABLE runners (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  kind INTEGER NOT NULL,
  provider INTEGER NOT NULL,
  runner_manager_id TEXT NOT NULL DEFAULT '',
  creator_id TEXT NOT NULL,
  creator_principal INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  spec BLOB NOT NULL,
  status BLOB NOT NULL,
  secrets TEXT NOT NULL DEFAULT '{}',
  public_key BLOB NOT NULL,
  private_key BLOB NOT NULL
);
CREATE INDEX runners_org_name ON runners(org_id, name, id);
CREATE INDEX runners_org_kind ON runners(org_id, kind, name, id);
CREATE INDEX runners_org_provider ON runners(org_id, provider, name, id);
CREATE INDEX runners_org_creator ON runners(org_id, creator_id, name, id);

-- One-time exchange tokens (24 h) and the runner access tokens they turn into; hashes only.
CREATE TABLE runner_exchange_tokens (
  token_hash TEXT PRIMARY KEY,
  runner_id TEXT NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
  expires_at_ms INTEGER NOT NULL,
  used_at_ms INTEGER
) WITHOUT ROWID;
CREATE INDEX runner_exchange_tokens_runner ON runner_exchange_tokens(runner_id);

CREATE TABLE runner_access_tokens (
  token_hash TEXT PRIMARY KEY,
  runner_id TEXT NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('runner', 'logs')),
  created_at_ms INTEGER NOT NULL,
  expires_at_ms INTEGER
) WITHOUT ROWID;
CREATE INDEX runner_access_tokens_runner ON runner_access_tokens(runner_id);

CREATE TABLE runner_policies (
  runner_id TEXT NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  role INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (runner_id, group_id)
) WITHOUT ROWID;
CREATE INDEX runner_policies_group ON runner_policies(group_id, runner_id, role);

CREATE TABLE environment_classes (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  runner_id TEXT NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
  display_name TEXT NOT NULL,
  description TEXT NOT NULL,
  configuration TEXT NOT NULL,
  enabled INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX environment_classes_org_name ON environment_classes(org_id, display_name, id);
CREATE INDEX environment_classes_runner_name ON environment_classes(runner_id, display_name, id);
CREATE INDEX environment_classes_org_enabled ON environment_classes(org_id, enabled, display_name, id);
`;

export const coreMigration: Migration = { name: "core", sql };
