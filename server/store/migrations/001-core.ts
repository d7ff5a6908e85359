import type { Migration } from "./all";

// Owned by the server-core work (users, groups, sessions, API tokens, runners, environment classes, policies).
export const coreMigration: Migration = { name: "core", sql: "" };
