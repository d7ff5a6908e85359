// CSV and JSON exports of the activity log. CSV follows RFC 4180 quoting, and cells that a spreadsheet would run
// as a formula (=, +, -, @ first) get a leading apostrophe: names are typed by users.
import { toJson } from "@bufbuild/protobuf";
import { ActivityRecordSchema, type ActivityRecord } from "../../src/gen/console/v1/activity_pb";
import { rpcLabel } from "../../common/activity-rpcs";

export const CSV_COLUMNS = [
  "time",
  "user",
  "user id",
  "action",
  "rpc",
  "runner",
  "runner id",
  "target type",
  "target",
  "target id",
  "outcome",
  "error",
  "changes",
] as const;

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(record: ActivityRecord): string[] {
  return [
    record.time ? new Date(Number(record.time.seconds) * 1000 + record.time.nanos / 1e6).toISOString() : "",
    record.subjectName,
    record.subjectId,
    rpcLabel(record.rpc),
    record.rpc,
    record.runnerName,
    record.runnerId,
    record.targetType,
    record.targetName,
    record.targetId,
    record.outcome,
    record.errorMessage,
    record.changes.map((change) => `${change.field}: ${change.value}`).join("\n"),
  ];
}

export function activityCsv(records: ActivityRecord[]): string {
  const lines = [CSV_COLUMNS.join(","), ...records.map((record) => csvRow(record).map(csvCell).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}

export function activityJson(records: ActivityRecord[]): string {
  return `${JSON.stringify(records.map((record) => toJson(ActivityRecordSchema, record)), null, 2)}\n`;
}
