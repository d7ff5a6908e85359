import { Code, createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActivityService } from "../../src/gen/console/v1/activity_pb";
import { RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { expectCode } from "../api-tests/expect-code";
import { startProxyPair, type ProxyPair } from "../proxy/proxy-test-servers";
import { bearer } from "../testing";
import type { ActivityRow } from "./store";

let pair: ProxyPair;
beforeAll(async () => {
  pair = await startProxyPair();
});
afterAll(() => pair.close());

function proxyRows(): ActivityRow[] {
  return pair.proxy.ctx.db.prepare<[], ActivityRow>("SELECT * FROM activity ORDER BY seq").all();
}

describe("activity log in proxy mode", () => {
  it("records what passes through, with names asked upstream (a delete's before it), in JSON and binary", async () => {
    const { upstream, proxy } = pair;
    const admin = proxy.client(RunnerService, upstream.adminToken);
    const created = await admin.createRunner({ name: "proxied-runner", provider: RunnerProvider.AWS_EC2 });
    const runnerId = created.runner?.runnerId ?? "";
    const binary = createClient(
      RunnerService,
      createConnectTransport({ baseUrl: proxy.baseUrl, httpVersion: "1.1", useBinaryFormat: true, interceptors: [bearer(upstream.adminToken)] }),
    );
    await binary.updateRunner({ runnerId, spec: { configuration: { autoUpdate: true, metrics: { password: "proxy-typed-secret" } } } });
    await admin.deleteRunner({ runnerId, force: true });

    const rows = proxyRows();
    expect(rows.map((row) => [row.rpc.split("/")[1], row.outcome, row.target_name, row.subject_id])).toEqual([
      ["CreateRunner", "ok", "proxied-runner", upstream.ids.users.admin],
      ["UpdateRunner", "ok", "proxied-runner", upstream.ids.users.admin],
      ["DeleteRunner", "ok", "proxied-runner", upstream.ids.users.admin],
    ]);
    expect(JSON.parse(rows[1]?.changes ?? "[]")).toEqual([
      { field: "spec.configuration.autoUpdate", value: "true", secret: false },
      { field: "spec.configuration.metrics.password", value: "changed", secret: true },
    ]);
    expect(JSON.stringify(rows)).not.toContain("proxy-typed-secret");
    expect(rows[0]?.runner_id).toBe(runnerId);
  });

  it("records upstream's failure code", async () => {
    const { upstream, proxy } = pair;
    await expectCode(
      proxy.client(RunnerService, upstream.memberToken).updateRunner({ runnerId: upstream.ids.runners.linuxBuild01, name: "renamed-by-max" }),
      Code.PermissionDenied,
    );
    const last = proxyRows().at(-1);
    expect(last).toMatchObject({ subject_id: upstream.ids.users.member, outcome: "permission_denied", runner_name: "linux-build-01" });
  });

  it("serves each caller the records of their own changes", async () => {
    const { upstream, proxy } = pair;
    const mine = await proxy.client(ActivityService, upstream.memberToken).listActivity({});
    expect(mine.records.map((record) => record.outcome)).toEqual(["permission_denied"]);
    const admins = await proxy.client(ActivityService, upstream.adminToken).listActivity({});
    expect(admins.records).toHaveLength(3);
    await expectCode(proxy.client(ActivityService, "not-a-token").listActivity({}), Code.Unauthenticated);
  });
});
