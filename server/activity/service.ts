import type { HandlerContext, ServiceImpl } from "@connectrpc/connect";
import { timestampMs, type Timestamp } from "@bufbuild/protobuf/wkt";
import { Code } from "@connectrpc/connect";
import {
  ActivityExportFormat,
  type ActivityFilter,
  ActivityService,
} from "../../src/gen/console/v1/activity_pb";
import { connectCodeName, MUTATING_RPCS } from "../../common/activity-rpcs";
import { invalidArgument } from "../errors";
import { pageOf, readPage } from "../pagination";
import type { Db } from "../store/db";
import { activityCsv, activityJson } from "./export";
import { recordFromRow } from "./records";
import { activitySubjects, listActivity, type ActivityQuery } from "./store";

/** Whose records a caller may read: org admins all of their org's, everyone else their own. */
export interface ActivityViewer {
  orgId: string;
  subjectId: string;
  seesAll: boolean;
}

export const EXPORT_LIMIT = 10_000;
const OUTCOMES = new Set([
  "ok",
  "failed",
  ...Object.values(Code)
    .filter((value): value is string => typeof value === "string")
    .map(connectCodeName),
]);
const RPCS = new Set(MUTATING_RPCS);

function msOf(field: string, timestamp: Timestamp | undefined): number | undefined {
  if (!timestamp) return undefined;
  const ms = timestampMs(timestamp);
  if (!Number.isFinite(ms)) throw invalidArgument(`${field} is not a time`);
  return ms;
}

/** The store query for a filter; undefined when it can match nothing the viewer may see. */
function queryOf(viewer: ActivityViewer, filter: ActivityFilter | undefined): Omit<ActivityQuery, "limit"> | undefined {
  const rpc = filter?.rpc ?? "";
  if (rpc && !RPCS.has(rpc)) throw invalidArgument(`filter.rpc must name a mutating RPC, e.g. ${MUTATING_RPCS[0]}`);
  const outcome = filter?.outcome ?? "";
  if (outcome && !OUTCOMES.has(outcome)) throw invalidArgument('filter.outcome must be "ok", "failed" or a Connect code');
  for (const [field, value] of [["filter.runnerId", filter?.runnerId], ["filter.subjectId", filter?.subjectId]] as const) {
    if ((value ?? "").length > 200) throw invalidArgument(`${field} is too long`);
  }
  const sinceMs = msOf("filter.since", filter?.since);
  const untilMs = msOf("filter.until", filter?.until);
  if (sinceMs !== undefined && untilMs !== undefined && sinceMs > untilMs) {
    throw invalidArgument("filter.since must be before filter.until");
  }
  const ownOnly = viewer.seesAll ? undefined : viewer.subjectId;
  // A member asking for someone else's records gets none, not an error: the filter matches nothing of theirs.
  const subjectId = filter?.subjectId || ownOnly;
  if (ownOnly && subjectId !== ownOnly) return undefined;
  return {
    orgId: viewer.orgId,
    subjectId,
    runnerId: filter?.runnerId || undefined,
    rpc: rpc || undefined,
    outcome: outcome || undefined,
    sinceMs,
    untilMs,
  };
}

export function activityHandlers(db: Db, viewerOf: (hc: HandlerContext) => ActivityViewer) {
  return {
    listActivity(req, hc) {
      const viewer = viewerOf(hc);
      const page = readPage(hc, req.pagination);
      const [atMs, seq] = page.after ?? [];
      const query = queryOf(viewer, req.filter);
      const before: [number, number] | undefined =
        typeof atMs === "number" && typeof seq === "number" ? [atMs, seq] : undefined;
      const rows = query ? listActivity(db, { ...query, before, limit: page.pageSize + 1 }) : [];
      const { items, nextToken } = pageOf(rows, page, (row) => [row.at_ms, row.seq]);
      return { records: items.map(recordFromRow), pagination: { nextToken } };
    },
    exportActivity(req, hc) {
      const viewer = viewerOf(hc);
      if (req.format !== ActivityExportFormat.CSV && req.format !== ActivityExportFormat.JSON) {
        throw invalidArgument("format must be ACTIVITY_EXPORT_FORMAT_CSV or ACTIVITY_EXPORT_FORMAT_JSON");
      }
      const query = queryOf(viewer, req.filter);
      const rows = query ? listActivity(db, { ...query, limit: EXPORT_LIMIT + 1 }) : [];
      const records = rows.slice(0, EXPORT_LIMIT).map(recordFromRow);
      const csv = req.format === ActivityExportFormat.CSV;
      return {
        filename: `activity.${csv ? "csv" : "json"}`,
        contentType: csv ? "text/csv; charset=utf-8" : "application/json",
        content: csv ? activityCsv(records) : activityJson(records),
        recordCount: records.length,
        truncated: rows.length > EXPORT_LIMIT,
      };
    },
    listActivitySubjects(_req, hc) {
      const viewer = viewerOf(hc);
      return { subjects: activitySubjects(db, viewer.orgId, viewer.seesAll ? undefined : viewer.subjectId) };
    },
  } satisfies ServiceImpl<typeof ActivityService>;
}
