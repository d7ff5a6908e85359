import type { Migration } from "./all";

// /healthz proves the store can still take a write by inserting a page-sized row here and rolling it back.
const sql = /* sql */ `
CREATE TABLE health_probe (
  id INTEGER PRIMARY KEY,
  pad BLOB NOT NULL
);
`;

export const healthProbeMigration: Migration = { name: "health-probe", sql };
