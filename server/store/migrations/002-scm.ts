import type { Migration } from "./all";

// Owned by the SCM work (SCM integrations, host tokens, OAuth states, runner heartbeats, the local SCM catalogue).
// Lists page by keyset on (sort key, id) like the core tables. Secrets are stored only as ciphertext:
// OAuth client secrets sealed to the runner's public key, host tokens under the console's AES-256-GCM key.
const sql = /* sql */ `
CREATE TABLE scm_integrations (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  runner_id TEXT NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
  scm_id TEXT NOT NULL,
  host TEXT NOT NULL,
  oauth_client_id TEXT,
  oauth_encrypted_client_secret BLOB,
  issuer_url TEXT,
  pat INTEGER NOT NULL,
  virtual_directory TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (runner_id, host)
);
CREATE INDEX scm_integrations_org_host ON scm_integrations(org_id, host, id);
CREATE INDEX scm_integrations_runner_host ON scm_integrations(runner_id, host, id);

CREATE TABLE host_tokens (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  runner_id TEXT NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
  subject_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  host TEXT NOT NULL,
  source INTEGER NOT NULL,
  integration_id TEXT REFERENCES scm_integrations(id) ON DELETE SET NULL,
  scopes TEXT NOT NULL DEFAULT '[]',
  expires_at TEXT,
  token_ciphertext BLOB NOT NULL,
  refresh_token_ciphertext BLOB,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (runner_id, subject_id, host)
);
CREATE INDEX host_tokens_org_created ON host_tokens(org_id, created_at, id);
CREATE INDEX host_tokens_runner_created ON host_tokens(runner_id, created_at, id);
CREATE INDEX host_tokens_subject_created ON host_tokens(subject_id, created_at, id);
CREATE INDEX host_tokens_runner_host_source ON host_tokens(runner_id, host, source);

-- Local OAuth: one row per authorize page shown; single use, short-lived, bound to user + runner + host.
CREATE TABLE oauth_states (
  state_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  runner_id TEXT NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
  integration_id TEXT NOT NULL REFERENCES scm_integrations(id) ON DELETE CASCADE,
  host TEXT NOT NULL,
  return_to TEXT NOT NULL,
  code_hash TEXT,
  expires_at_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX oauth_states_expiry ON oauth_states(expires_at_ms);

-- When a (fake) runner last reported in; the runner goes INACTIVE once this is older than the staleness limit.
CREATE TABLE runner_heartbeats (
  runner_id TEXT PRIMARY KEY REFERENCES runners(id) ON DELETE CASCADE,
  last_seen_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX runner_heartbeats_last_seen ON runner_heartbeats(last_seen_ms);

-- The local SCM catalogue: what the SCM tools answer from (seeded, deterministic).
CREATE TABLE scm_organizations (
  host TEXT NOT NULL,
  name TEXT NOT NULL,
  url TEXT NOT NULL,
  PRIMARY KEY (host, name)
) WITHOUT ROWID;

CREATE TABLE scm_org_members (
  host TEXT NOT NULL,
  org_name TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  is_admin INTEGER NOT NULL,
  PRIMARY KEY (host, user_id, org_name),
  FOREIGN KEY (host, org_name) REFERENCES scm_organizations(host, name) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE scm_repositories (
  id INTEGER PRIMARY KEY,
  host TEXT NOT NULL,
  owner TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  private INTEGER NOT NULL,
  default_branch TEXT NOT NULL,
  UNIQUE (host, owner, name)
);
CREATE INDEX scm_repositories_host_name ON scm_repositories(host, name);

CREATE TABLE scm_refs (
  repository_id INTEGER NOT NULL REFERENCES scm_repositories(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('branch', 'tag')),
  name TEXT NOT NULL,
  commit_sha TEXT NOT NULL,
  PRIMARY KEY (repository_id, kind, name)
) WITHOUT ROWID;

CREATE TABLE scm_commits (
  repository_id INTEGER NOT NULL REFERENCES scm_repositories(id) ON DELETE CASCADE,
  sha TEXT NOT NULL,
  message TEXT NOT NULL,
  author TEXT NOT NULL,
  PRIMARY KEY (repository_id, sha)
) WITHOUT ROWID;

CREATE TABLE scm_pull_requests (
  repository_id INTEGER NOT NULL REFERENCES scm_repositories(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  author TEXT NOT NULL,
  from_branch TEXT NOT NULL,
  to_branch TEXT NOT NULL,
  head_sha TEXT NOT NULL,
  state INTEGER NOT NULL,
  draft INTEGER NOT NULL,
  PRIMARY KEY (repository_id, number)
) WITHOUT ROWID;

CREATE TABLE scm_issues (
  repository_id INTEGER NOT NULL REFERENCES scm_repositories(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  PRIMARY KEY (repository_id, number)
) WITHOUT ROWID;
`;

export const scmMigration: Migration = { name: "scm", sql };
