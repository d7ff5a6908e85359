// Names and descriptions: control characters (NUL included) and bidirectional overrides/isolates are refused
// with invalid_argument everywhere the API takes one, and nothing is stored.
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunnerConfigurationService, RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { IdentityService } from "../../src/gen/gitpod/v1/identity_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { HEARTBEAT_PATH } from "../fake-runner/heartbeat-protocol";
import { hiddenCharacterError } from "../validation";
import { expectCode } from "./expect-code";
import { startApiFixture, type ApiFixture } from "./fixture";

let api: ApiFixture;
beforeAll(async () => {
  api = await startApiFixture();
});
afterAll(() => api.server.close());

// NUL, a bell, DEL, a C1 control, right-to-left override, left-to-right embedding, first-strong isolate, pop isolate.
const HIDDEN = ["\u0000", "\u0007", "\u007f", "\u0085", "\u202e", "\u202a", "\u2068", "\u2069"];
const awsConfig = [
  { key: "instanceType", value: "m6i.large" },
  { key: "diskSizeGiB", value: "64" },
];

describe("names and descriptions", () => {
  it("says which character is wrong, in words a user understands", () => {
    expect(hiddenCharacterError("name", "evil\u202exe.gnp")).toBe(
      "name contains an invisible control or text-direction character (U+202E); remove it and try again",
    );
    expect(hiddenCharacterError("name", "plain name – ünïcode ok")).toBeUndefined();
    expect(hiddenCharacterError("description", "line one\nline two\ttab", true)).toBeUndefined();
    expect(hiddenCharacterError("name", "line one\nline two")).toBeDefined();
  });

  it("CreateRunner and UpdateRunner refuse them in the name and store nothing", async () => {
    const runners = api.as("admin", RunnerService);
    const runnerId = api.server.ids.runners.awsProdEu;
    const before = (await runners.getRunner({ runnerId })).runner?.name;
    for (const c of HIDDEN) {
      const created = await expectCode(
        runners.createRunner({ name: `prod${c}-eu`, provider: RunnerProvider.LINUX_HOST }),
        Code.InvalidArgument,
      );
      expect(created.rawMessage).toMatch(/^name contains an invisible control or text-direction character \(U\+[0-9A-F]{4}\)/);
      await expectCode(runners.updateRunner({ runnerId, name: `aws${c}-prod-eu` }), Code.InvalidArgument);
    }
    expect((await runners.getRunner({ runnerId })).runner?.name).toBe(before);
    const all = await runners.listRunners({ pagination: { pageSize: 100 } });
    expect(all.runners.filter((r) => r.name.includes("prod") && /[^\x20-\x7e]/.test(r.name))).toEqual([]);
  });

  it("environment classes: create, update and validate refuse them in the display name and the description", async () => {
    const classes = api.as("admin", RunnerConfigurationService);
    const runnerId = api.server.ids.runners.awsProdEu;
    const { id } = await classes.createEnvironmentClass({
      runnerId,
      displayName: "Names test",
      description: "two lines\nare fine",
      configuration: awsConfig,
    });
    for (const c of HIDDEN) {
      const create = (displayName: string, description: string) =>
        classes.createEnvironmentClass({ runnerId, displayName, description, configuration: awsConfig });
      await expectCode(create(`Big${c}`, "a description"), Code.InvalidArgument);
      await expectCode(create("Big", `a ${c} description`), Code.InvalidArgument);
      await expectCode(classes.updateEnvironmentClass({ environmentClassId: id, displayName: `Names${c}` }), Code.InvalidArgument);
      await expectCode(classes.updateEnvironmentClass({ environmentClassId: id, description: `x${c}yz` }), Code.InvalidArgument);
      const { result } = await classes.validateRunnerConfiguration({
        runnerId,
        config: { case: "environmentClass", value: { displayName: `Big${c}`, description: `a ${c} b`, configuration: awsConfig } },
      });
      expect(result.case === "environmentClass" ? result.value : undefined).toMatchObject({
        valid: false,
        displayNameError: expect.stringContaining("invisible control or text-direction character"),
        descriptionError: expect.stringContaining("invisible control or text-direction character"),
      });
    }
    const { environmentClass } = await classes.getEnvironmentClass({ environmentClassId: id });
    expect(environmentClass).toMatchObject({ displayName: "Names test", description: "two lines\nare fine" });
  });

  it("SCM integrations refuse them in the OAuth client id", async () => {
    const scm = api.as("admin", RunnerConfigurationService);
    const runnerId = api.server.ids.runners.awsStagingUs;
    for (const c of HIDDEN) {
      const error = await expectCode(
        scm.createSCMIntegration({
          runnerId,
          scmId: "github",
          host: "github.names.example",
          oauthClientId: `client${c}id`,
          oauthPlaintextClientSecret: "a-secret",
          pat: true,
        }),
        Code.InvalidArgument,
      );
      expect(error.rawMessage).toContain("OAuth client id contains an invisible control or text-direction character");
    }
    const { integrations } = await scm.listSCMIntegrations({ filter: { runnerIds: [runnerId] } });
    expect(integrations.map((i) => i.host)).not.toContain("github.names.example");
  });

  it("a runner's heartbeat refuses them in the text shown beside its name (gateway name, version, region, system details)", async () => {
    const runners = api.as("admin", RunnerService);
    const created = await runners.createRunner({ name: "heartbeat-names", provider: RunnerProvider.LINUX_HOST });
    const runnerId = created.runner?.runnerId ?? "";
    const { accessToken } = await api.server.client(IdentityService, "").exchangeToken({ exchangeToken: created.exchangeToken });
    const heartbeat = (change: Record<string, unknown>) =>
      fetch(`${api.server.baseUrl}${HEARTBEAT_PATH}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({ gateway: { name: "gw-eu", url: "https://gw.example.com" }, version: "1.0", ...change }),
      });
    for (const c of HIDDEN) {
      const cases: Array<[string, Record<string, unknown>]> = [
        ["gateway.name", { gateway: { name: `gw${c}-eu`, url: "https://gw.example.com" } }],
        ["version", { version: `1.0${c}` }],
        ["region", { region: `eu${c}` }],
        ["systemDetails", { systemDetails: `linux${c}` }],
      ];
      for (const [field, change] of cases) {
        const answer = await heartbeat(change);
        expect([field, answer.status]).toEqual([field, 400]);
        expect(await answer.json()).toEqual({
          code: "invalid_argument",
          message: expect.stringMatching(new RegExp(`^the heartbeat's ${field} contains an invisible control or text-direction character \\(U\\+[0-9A-F]{4}\\)`)),
        });
      }
    }
    expect((await runners.getRunner({ runnerId })).runner?.status?.gatewayInfo?.gateway?.name ?? "").toBe("");
    expect((await heartbeat({})).status).toBe(200);
    expect((await runners.getRunner({ runnerId })).runner?.status?.gatewayInfo?.gateway?.name).toBe("gw-eu");
  });
});
