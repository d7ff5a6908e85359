import { create } from "@bufbuild/protobuf";
import { timestampFromMs } from "@bufbuild/protobuf/wkt";
import { ActivityRecordSchema, type ActivityRecord } from "../../src/gen/console/v1/activity_pb";
import type { ActivityChange } from "./changes";
import type { ActivityRow } from "./store";

function changesOfRow(row: ActivityRow): ActivityChange[] {
  const value: unknown = JSON.parse(row.changes);
  return Array.isArray(value) ? (value as ActivityChange[]) : [];
}

export function recordFromRow(row: ActivityRow): ActivityRecord {
  return create(ActivityRecordSchema, {
    id: String(row.seq),
    time: timestampFromMs(row.at_ms),
    subjectId: row.subject_id,
    subjectName: row.subject_name,
    rpc: row.rpc,
    runnerId: row.runner_id,
    runnerName: row.runner_name,
    targetType: row.target_type,
    targetId: row.target_id,
    targetName: row.target_name,
    outcome: row.outcome,
    errorMessage: row.error_message,
    changes: changesOfRow(row),
  });
}
