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
  if (file !== ":memory:") {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // SQLite gives -wal and -shm the database file's mode: creating it 0600 keeps all three owner-only.
    createIfMissing(file, 0o600);
  }
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  return db;
}

function createIfMissing(file: string, mode: number): void {
  try {
    fs.closeSync(fs.openSync(file, "wx", mode));
  } catch (error) {
    // An existing file is the normal case; any other problem is reported by SQLite when it opens the file.
    if (!(error instanceof Error && "code" in error)) throw error;
  }
}

/** SQLite's quick_check (page structure, not index contents): undefined when sound, else the first problem. */
export function quickCheckProblem(db: Db): string | undefined {
  const rows = db.pragma("quick_check(1)") as Array<Record<string, unknown>>;
  const first = Object.values(rows[0] ?? {})[0];
  // SQLite's message spans lines ("*** in database main ***\nTree 6 page 6: …"); the operator gets one.
  return first === "ok" ? undefined : String(first ?? "no answer").replace(/\s+/g, " ").trim();
}

/**
 * Fails (SQLITE_READONLY …) when the database cannot be written, leaving nothing behind: SQLite silently opens a
 * file it may not write read-only, and only a real write (rolled back here) finds that out.
 */
export function checkWritable(db: Db): void {
  db.exec("BEGIN IMMEDIATE");
  try {
    db.prepare("INSERT INTO health_probe (id, pad) VALUES (1, zeroblob(16))").run();
  } finally {
    if (db.inTransaction) db.exec("ROLLBACK");
  }
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
