import type { Migration } from "./all";

// Owned by the SCM work (SCM integrations, host tokens, OAuth states, the local SCM catalogue).
export const scmMigration: Migration = { name: "scm", sql: "" };
