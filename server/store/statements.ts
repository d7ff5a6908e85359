import type Database from "better-sqlite3";
import type { Db } from "./db";

// Compiling a statement costs about as much as running a small one; the hot read paths (auth, runner reads)
// reuse theirs. Keyed by the SQL text, per database, at most MAX_STATEMENTS (list filters vary the text).
const MAX_STATEMENTS = 500;
const caches = new WeakMap<Db, Map<string, Database.Statement>>();

export function prepared<P extends unknown[], R>(db: Db, sql: string): Database.Statement<P, R> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
    if (cache.size > MAX_STATEMENTS) cache.delete(cache.keys().next().value ?? sql);
  }
  // The row type is the caller's word, exactly as with db.prepare<P, R>().
  return statement as Database.Statement<P, R>;
}
