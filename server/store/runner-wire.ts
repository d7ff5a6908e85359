// Each runner's Connect-JSON wire form (toJsonString of runnerFromRow), kept per database under (id, revision):
// a page of runners is then text joined from ready fragments instead of rows decoded, turned into messages and
// serialised again on every request. The revision changes on every write to the row (migration 007).
import { toJsonString } from "@bufbuild/protobuf";
import { RunnerSchema } from "../../src/gen/gitpod/v1/runner_pb";
import type { Db } from "./db";
import { runnerRowsByIds, type RunnerRef } from "./runner-queries";
import { runnerFromRow, type RunnerRow } from "./runners";

export const WIRE_CACHE_ENTRIES = 20_000;

interface Entry {
  revision: number;
  json: string;
}

const caches = new WeakMap<Db, Map<string, Entry>>();

function cacheOf(db: Db): Map<string, Entry> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

function remember(cache: Map<string, Entry>, row: RunnerRow): string {
  const json = toJsonString(RunnerSchema, runnerFromRow(row));
  cache.delete(row.id);
  cache.set(row.id, { revision: row.revision, json });
  // Oldest first out (Map keeps insertion order); a hit is not moved, which keeps lookups cheap.
  if (cache.size > WIRE_CACHE_ENTRIES) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  return json;
}

/** The runner's wire form from a full row (GetRunner has the row already, for its permission check). */
export function runnerWireJson(db: Db, row: RunnerRow): string {
  const cache = cacheOf(db);
  const entry = cache.get(row.id);
  return entry && entry.revision === row.revision ? entry.json : remember(cache, row);
}

/** The wire forms of a page's runners, in the page's order; misses are read in one query. */
export function runnersWireJson(db: Db, refs: readonly RunnerRef[]): string[] {
  const cache = cacheOf(db);
  const fragments = refs.map((ref) => {
    const entry = cache.get(ref.id);
    return entry && entry.revision === ref.revision ? entry.json : undefined;
  });
  const missing = refs.filter((_ref, i) => fragments[i] === undefined).map((ref) => ref.id);
  const fresh = new Map(runnerRowsByIds(db, missing).map((row) => [row.id, remember(cache, row)]));
  return refs.map((ref, i) => {
    const json = fragments[i] ?? fresh.get(ref.id);
    if (json === undefined) throw new Error(`runner ${ref.id} vanished while its page was read`);
    return json;
  });
}
