// DATA_DIR before the database is touched: created owner-only, checked for loose permissions, locked against a
// second console process.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { StartupError } from "./startup-error";

/** Files that hold secrets or everything: the database and its journals, the key, the demo tokens. */
const PRIVATE_FILES = ["console.db", "console.db-wal", "console.db-shm", "token-encryption.key", "demo-credentials.txt"];
const LOCK_FILE = "console.lock";

function errorCode(error: unknown): string {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : "unknown error";
}

/**
 * Creates DATA_DIR (0700) one level at a time: fs.mkdirSync's recursive mode never returns under some paths
 * (e.g. below /proc), so the walk up to the first existing ancestor is done here.
 */
export function ensureDataDir(dir: string): void {
  const missing: string[] = [];
  let existing = dir;
  for (;;) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(existing);
    } catch (error) {
      if (errorCode(error) !== "ENOENT" && errorCode(error) !== "ENOTDIR") throw new StartupError(`DATA_DIR ${dir} cannot be used: ${existing} gives ${errorCode(error)}`);
    }
    if (stat) {
      if (!stat.isDirectory()) throw new StartupError(`DATA_DIR ${dir} cannot be created: ${existing} is not a directory`);
      break;
    }
    missing.unshift(existing);
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  for (const level of missing) {
    try {
      fs.mkdirSync(level, { mode: 0o700 });
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw new StartupError(`DATA_DIR ${dir} cannot be created: mkdir ${level} gives ${errorCode(error)}`);
    }
  }
  try {
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
  } catch {
    throw new StartupError(`DATA_DIR ${dir} is not writable by this user`);
  }
}

/** Warnings for DATA_DIR or its private files when other users can read them (umask 077 prevents new ones). */
export function loosePermissionWarnings(dir: string): string[] {
  const warnings: string[] = [];
  const mode = (file: string) => fs.statSync(file).mode & 0o777;
  if ((mode(dir) & 0o077) !== 0) {
    warnings.push(`warning: DATA_DIR ${dir} has mode ${mode(dir).toString(8)}; other users may read it: chmod 700 ${dir}`);
  }
  const loose = PRIVATE_FILES.map((name) => path.join(dir, name)).filter((file) => fs.existsSync(file) && (mode(file) & 0o077) !== 0);
  if (loose.length > 0) {
    warnings.push(`warning: ${loose.join(", ")} can be read by other users: chmod 600 them`);
  }
  return warnings;
}

/**
 * Holds an exclusive lock on DATA_DIR/console.lock for the life of the process (an fcntl lock through SQLite:
 * the kernel drops it when the process dies, even by SIGKILL, so a crash never leaves a stale lock).
 */
export function lockDataDir(dir: string): { release(): void } {
  const file = path.join(dir, LOCK_FILE);
  let lock: Database.Database;
  try {
    lock = new Database(file, { timeout: 0 });
    lock.pragma("locking_mode = EXCLUSIVE");
    lock.exec("BEGIN EXCLUSIVE");
  } catch (error) {
    const code = errorCode(error);
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
      throw new StartupError(`another Runner Console is using DATA_DIR ${dir} (it holds ${file}): stop it, or choose another DATA_DIR`);
    }
    throw new StartupError(`DATA_DIR ${dir} cannot be locked (${file}: ${code})`);
  }
  return {
    release() {
      lock.exec("ROLLBACK");
      lock.close();
    },
  };
}
