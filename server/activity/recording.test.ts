import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MUTATING_RPCS } from "../../common/activity-rpcs";
import { ActivityService } from "../../src/gen/console/v1/activity_pb";
import { RunnerConfigurationService, RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { expectCode } from "../api-tests/expect-code";
import { startApiFixture, type ApiFixture } from "../api-tests/fixture";
import type { ActivityRow } from "./store";

let api: ApiFixture;
beforeAll(async () => {
  api = await startApiFixture();
});
afterAll(() => api.server.close());

const MISSING = "00000000-0000-4000-8000-000000000000";

function rows(): ActivityRow[] {
  return api.server.ctx.db.prepare<[], ActivityRow>("SELECT * FROM activity ORDER BY seq").all();
}

function lastRow(): ActivityRow {
  const all = rows();
  const row = all[all.length - 1];
  if (!row) throw new Error("no activity recorded");
  return row;
}

async function postJson(rpc: string, token: string, body: unknown): Promise<Response> {
  return fetch(`${api.server.baseUrl}/${rpc}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

describe("activity recording", () => {
  it("records every mutating RPC, failures with the Connect code the client got", async () => {
    for (const rpc of MUTATING_RPCS) {
      const before = rows().length;
      const response = await postJson(rpc, api.tokens.noAccess, { runnerId: MISSING, id: MISSING, environmentClassId: MISSING });
      const body = (await response.json()) as { code?: string };
      const row = lastRow();
      expect(rows().length, rpc).toBe(before + 1);
      expect(row.rpc).toBe(rpc);
      expect(row.subject_name).toBe("Nora Nobody");
      expect(row.outcome, rpc).toBe(body.code ?? "ok");
    }
  });

  it("records a success with who, target and the fields that changed", async () => {
    const client = api.as("admin", RunnerService);
    const created = await client.createRunner({ name: "audited-runner", provider: RunnerProvider.AWS_EC2 });
    const runnerId = created.runner?.runnerId ?? "";
    expect(lastRow()).toMatchObject({
      rpc: "gitpod.v1.RunnerService/CreateRunner",
      subject_id: api.server.ids.users.admin,
      subject_name: "Ada Admin",
      runner_id: runnerId,
      runner_name: "audited-runner",
      target_type: "runner",
      target_id: runnerId,
      outcome: "ok",
    });
    await client.updateRunner({ runnerId, spec: { configuration: { autoUpdate: true } } });
    expect(JSON.parse(lastRow().changes)).toEqual([
      { field: "spec.configuration.autoUpdate", value: "true", secret: false },
    ]);
  });

  it("keeps a deleted target's name, captured before the delete", async () => {
    const client = api.as("admin", RunnerService);
    const created = await client.createRunner({ name: "short-lived", provider: RunnerProvider.AWS_EC2 });
    const runnerId = created.runner?.runnerId ?? "";
    await client.deleteRunner({ runnerId, force: true });
    expect(lastRow()).toMatchObject({ rpc: "gitpod.v1.RunnerService/DeleteRunner", target_name: "short-lived", outcome: "ok" });
  });

  it("records permission_denied for a runner USER, with the runner's name they can see", async () => {
    await expectCode(
      api.as("runnerUser", RunnerService).updateRunner({ runnerId: api.server.ids.runners.linuxBuild01, name: "renamed" }),
      Code.PermissionDenied,
    );
    expect(lastRow()).toMatchObject({ subject_name: "Max Member", runner_name: "linux-build-01", outcome: "permission_denied" });
  });

  it("does not reveal the name of a runner the caller cannot see", async () => {
    await expectCode(
      api.as("noAccess", RunnerService).deleteRunner({ runnerId: api.server.ids.runners.awsProdEu }),
      Code.NotFound,
    );
    expect(lastRow()).toMatchObject({ runner_id: api.server.ids.runners.awsProdEu, runner_name: "", target_name: "", outcome: "not_found" });
  });

  it("never stores a typed secret: not in changes, not in error messages", async () => {
    const secrets = ["hunter2-metrics-password", "ghp_typed-host-token-value", "typed-oauth-client-secret", "sk-typed-llm-key"];
    const runners = api.as("admin", RunnerService);
    const config = api.as("admin", RunnerConfigurationService);
    const runnerId = api.server.ids.runners.awsProdEu;
    await runners.updateRunner({ runnerId, spec: { configuration: { metrics: { password: secrets[0] } } } });
    await codeOfCall(config.createHostAuthenticationToken({ runnerId, host: "github.com", token: secrets[1] ?? "", source: 2 }));
    await codeOfCall(config.createSCMIntegration({ runnerId, scmId: "github", host: "ghe.example.com", oauthClientId: "id", oauthPlaintextClientSecret: secrets[2] }));
    await codeOfCall(config.createLLMIntegration({ runnerId, endpoint: "https://llm.example.com", apiKey: secrets[3] ?? "", models: [1] }));
    await codeOfCall(config.updateHostAuthenticationToken({ id: MISSING, token: secrets[1] }));
    const stored = JSON.stringify(rows());
    for (const secret of secrets) expect(stored).not.toContain(secret);
    expect(stored).toContain('"field\\":\\"spec.configuration.metrics.password\\",\\"value\\":\\"changed\\",\\"secret\\":true');
  });

  it("records nothing for a call without credentials", async () => {
    const before = rows().length;
    await postJson("gitpod.v1.RunnerService/DeleteRunner", "", { runnerId: MISSING });
    expect(rows().length).toBe(before);
  });

  it("does not record reads", async () => {
    const before = rows().length;
    await api.as("admin", RunnerService).listRunners({});
    await api.as("admin", ActivityService).listActivity({});
    expect(rows().length).toBe(before);
  });
});

async function codeOfCall(call: Promise<unknown>): Promise<void> {
  await call.catch(() => undefined);
}
