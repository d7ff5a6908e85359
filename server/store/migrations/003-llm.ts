import type { Migration } from "./all";

// LLM integrations, per runner. The API key is stored only sealed to the runner's public key (like SCM OAuth
// secrets); models and request headers are JSON arrays; max_tokens is a uint64 kept as decimal text.
const sql = /* sql */ `
CREATE TABLE llm_integrations (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  runner_id TEXT NOT NULL REFERENCES runners(id) ON DELETE CASCADE,
  provider INTEGER NOT NULL,
  models TEXT NOT NULL,
  endpoint TEXT NOT NULL,
  encrypted_api_key BLOB,
  max_tokens TEXT NOT NULL,
  phase INTEGER NOT NULL,
  phase_reason TEXT NOT NULL DEFAULT '',
  request_headers TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX llm_integrations_org_created ON llm_integrations(org_id, created_at, id);
CREATE INDEX llm_integrations_runner_created ON llm_integrations(runner_id, created_at, id);
`;

export const llmMigration: Migration = { name: "llm", sql };
