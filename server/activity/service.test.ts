import { Code } from "@connectrpc/connect";
import { timestampFromMs } from "@bufbuild/protobuf/wkt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActivityExportFormat, ActivityService } from "../../src/gen/console/v1/activity_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { expectCode } from "../api-tests/expect-code";
import { startApiFixture, type ApiFixture } from "../api-tests/fixture";
import { csvCell } from "./export";
import { pruneOldActivity } from "./retention";
import { insertActivity } from "./store";

let api: ApiFixture;
const DAY = 24 * 60 * 60 * 1000;
beforeAll(async () => {
  api = await startApiFixture();
  const { ids } = api.server;
  const runners = api.as("admin", RunnerService);
  // Ada renames two runners (one twice), Max fails to rename one: 4 records.
  await runners.updateRunner({ runnerId: ids.runners.awsProdEu, name: "aws-prod-eu" });
  await runners.updateRunner({ runnerId: ids.runners.gcpMl, name: "gcp-ml" });
  await runners.updateRunner({ runnerId: ids.runners.gcpMl, name: 'gcp-ml, "quoted"' });
  await api.as("runnerUser", RunnerService).updateRunner({ runnerId: ids.runners.linuxBuild01, name: "renamed-by-max" }).catch(() => undefined);
});
afterAll(() => api.server.close());

describe("ListActivity", () => {
  it("shows org admins every record, newest first", async () => {
    const { records } = await api.as("admin", ActivityService).listActivity({});
    expect(records.map((r) => [r.subjectName, r.outcome])).toEqual([
      ["Max Member", "permission_denied"],
      ["Ada Admin", "ok"],
      ["Ada Admin", "ok"],
      ["Ada Admin", "ok"],
    ]);
  });

  it("shows members only their own records, even when they filter for someone else", async () => {
    const member = api.as("runnerUser", ActivityService);
    expect((await member.listActivity({})).records.map((r) => r.subjectName)).toEqual(["Max Member"]);
    const others = await member.listActivity({ filter: { subjectId: api.server.ids.users.admin } });
    expect(others.records).toEqual([]);
    const subjects = await member.listActivitySubjects({});
    expect(subjects.subjects.map((s) => s.name)).toEqual(["Max Member"]);
  });

  it("filters by runner, user, RPC, outcome and time range", async () => {
    const client = api.as("admin", ActivityService);
    const { ids } = api.server;
    const count = async (filter: Parameters<typeof client.listActivity>[0]["filter"]) =>
      (await client.listActivity({ filter })).records.length;
    expect(await count({ runnerId: ids.runners.gcpMl })).toBe(2);
    expect(await count({ subjectId: ids.users.admin })).toBe(3);
    expect(await count({ rpc: "gitpod.v1.RunnerService/UpdateRunner" })).toBe(4);
    expect(await count({ rpc: "gitpod.v1.RunnerService/DeleteRunner" })).toBe(0);
    expect(await count({ outcome: "failed" })).toBe(1);
    expect(await count({ outcome: "ok" })).toBe(3);
    const now = api.server.ctx.now().getTime();
    expect(await count({ since: timestampFromMs(now - 1000), until: timestampFromMs(now + 1000) })).toBe(4);
    expect(await count({ since: timestampFromMs(now + 1000) })).toBe(0);
    await expectCode(client.listActivity({ filter: { rpc: "gitpod.v1.RunnerService/ListRunners" } }), Code.InvalidArgument);
    await expectCode(client.listActivity({ filter: { outcome: "sort-of" } }), Code.InvalidArgument);
  });

  it("pages with HMAC cursors and refuses a forged one", async () => {
    const client = api.as("admin", ActivityService);
    const first = await client.listActivity({ pagination: { pageSize: 3 } });
    expect(first.records).toHaveLength(3);
    const token = first.pagination?.nextToken ?? "";
    expect(token).not.toBe("");
    const second = await client.listActivity({ pagination: { pageSize: 3, token } });
    expect(second.records.map((r) => r.subjectName)).toEqual(["Ada Admin"]);
    expect(new Set([...first.records, ...second.records].map((r) => r.id)).size).toBe(4);
    expect(second.pagination?.nextToken).toBe("");
    const forged = `${token.startsWith("A") ? "B" : "A"}${token.slice(1)}`;
    await expectCode(client.listActivity({ pagination: { token: forged } }), Code.InvalidArgument);
  });

  it("refuses callers without a session", async () => {
    await expectCode(api.as("anonymous", ActivityService).listActivity({}), Code.Unauthenticated);
  });
});

describe("ExportActivity", () => {
  it("exports the filtered records as correctly quoted CSV", async () => {
    const exported = await api.as("admin", ActivityService).exportActivity({
      format: ActivityExportFormat.CSV,
      filter: { runnerId: api.server.ids.runners.gcpMl },
    });
    expect(exported.recordCount).toBe(2);
    const lines = exported.content.split("\r\n");
    expect(lines[0]).toBe("time,user,user id,action,rpc,runner,runner id,target type,target,target id,outcome,error,changes");
    expect(exported.content).toContain(',"name: gcp-ml, ""quoted"""\r\n');
    expect(exported.content).not.toContain("aws-prod-eu");
  });

  it("exports JSON a member sees only their own records in", async () => {
    const exported = await api.as("runnerUser", ActivityService).exportActivity({ format: ActivityExportFormat.JSON });
    const records = JSON.parse(exported.content) as Array<{ subjectName: string; outcome: string }>;
    expect(records).toEqual([expect.objectContaining({ subjectName: "Max Member", outcome: "permission_denied" })]);
  });

  it("neutralises spreadsheet formulas in cells", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("plain")).toBe("plain");
  });
});

describe("retention", () => {
  it("prunes records older than ACTIVITY_RETENTION_DAYS and keeps newer ones", () => {
    const { ctx, ids } = api.server;
    const now = ctx.now().getTime();
    const base = { orgId: ids.orgId, subjectId: "old", subjectName: "Old", rpc: "gitpod.v1.RunnerService/UpdateRunner" };
    const record = { ...base, runnerId: "", runnerName: "", targetType: "", targetId: "", targetName: "", outcome: "ok", errorMessage: "", changes: [] };
    insertActivity(ctx.db, { ...record, atMs: now - 91 * DAY });
    insertActivity(ctx.db, { ...record, atMs: now - 89 * DAY });
    expect(pruneOldActivity(ctx, 90)).toBe(1);
    const left = ctx.db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM activity WHERE subject_id = 'old'").get();
    expect(left?.n).toBe(1);
  });
});
