import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS } from "./migrations/all";

export type Db = Database.Database;

/**
 * Opens the console's SQLite database (":memory:" for unit tests) and applies pending migrations.
 * WAL + synchronous=NORMAL: a process crash loses nothing acknowledged (TOOLCHAIN.md, crash test).
 */
export function openDatabase(file: string): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  return db;
}

/** Migrations are numbered by their position in MIGRATIONS; `user_version` records how many ran. */
export function migrate(db: Db): void {
  const applied = Number(db.pragma("user_version", { simple: true }));
  MIGRATIONS.slice(applied).forEach((migration, index) => {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${applied + index + 1}`);
    })();
  });
}
