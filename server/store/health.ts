import fs from "node:fs";
import { isStorageFull } from "../errors";
import type { Db } from "./db";

// Below this much free space a write (WAL frames, a checkpoint) can fail at any moment.
const MIN_FREE_BYTES = 1024 * 1024;

export type StoreHealth = { writable: true } | { writable: false; problem: "disk full" | "write failed" };

/**
 * Can the store take a write right now? Takes the write lock and inserts a page-sized row, then rolls it back:
 * a database that cannot grow fails here with SQLITE_FULL, a locked or read-only one with its own error. The
 * rollback leaves nothing on disk, and the disk's free space covers what only a commit would find out.
 */
export function storeHealth(db: Db, dataDir: string | undefined): StoreHealth {
  try {
    if (dataDir !== undefined) {
      const { bavail, bsize } = fs.statfsSync(dataDir);
      if (bavail * bsize < MIN_FREE_BYTES) return { writable: false, problem: "disk full" };
    }
    db.exec("BEGIN IMMEDIATE");
    try {
      db.prepare("INSERT INTO health_probe (id, pad) VALUES (1, zeroblob(8192))").run();
    } finally {
      // SQLITE_FULL may already have rolled the transaction back.
      if (db.inTransaction) db.exec("ROLLBACK");
    }
    return { writable: true };
  } catch (error) {
    return { writable: false, problem: isStorageFull(error) ? "disk full" : "write failed" };
  }
}
