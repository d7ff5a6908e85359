import { create, fromJson, toJson } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import {
  LogLevel,
  RunnerConfigurationSchema,
  RunnerReleaseChannel,
  UpdateRunnerRequest_RunnerConfigurationSchema,
  type RunnerConfiguration,
} from "../src/gen/gitpod/v1/runner_pb";
import {
  buildConfigurationUpdate,
  configFieldError,
  ConfigPathError,
  CONFIG_PATH_GROUPS,
  isKnownConfigPath,
  isSecretSet,
  readConfigValue,
  RUNNER_CONFIG_PATHS,
  withConfigGroups,
} from "./runner-config-paths";

// A value for every known path, of its kind: what the Configuration tab would send.
const SAMPLES: Record<string, string> = {
  releaseChannel: "Latest",
  autoUpdate: "true",
  logLevel: "Debug",
  "updateWindow.startHour": "3",
  "updateWindow.endHour": "5",
  devcontainerImageCacheEnabled: "true",
  continuousProfiling: "true",
  honeycombApiKey: "hc-key",
  "metrics.enabled": "true",
  "metrics.url": "https://metrics.example.com/push",
  "metrics.username": "runner",
  "metrics.password": "s3cret",
  "metrics.managedMetricsEnabled": "true",
  "metrics.includeVerboseMetrics": "true",
};

/** What a server stores after an update: the update's fields on a RunnerConfiguration (same JSON names). */
function stored(update: ReturnType<typeof buildConfigurationUpdate>): RunnerConfiguration {
  const json = toJson(UpdateRunnerRequest_RunnerConfigurationSchema, update);
  return fromJson(RunnerConfigurationSchema, json, { ignoreUnknownFields: true });
}

describe("runnerConfig paths", () => {
  it("has a sample for every known path", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...RUNNER_CONFIG_PATHS.keys()].sort());
  });

  it.each(Object.entries(SAMPLES))("round-trips %s (with its group) through an UpdateRunner configuration", (id, value) => {
    const group = withConfigGroups([{ key: id, value }], Object.entries(SAMPLES).map(([key, v]) => ({ key, value: v })), new Set(Object.keys(SAMPLES)));
    const update = buildConfigurationUpdate(group);
    const path = RUNNER_CONFIG_PATHS.get(id);
    if (path?.secret) {
      // Write-only: sent in the update, never read back; the stored configuration tells only whether it is set.
      expect(readConfigValue(stored(update), id)).toBe("");
      return;
    }
    expect(readConfigValue(stored(update), id)).toBe(value);
  });

  it("writes exactly the given paths and nothing else", () => {
    const update = buildConfigurationUpdate([
      { key: "logLevel", value: "Warn" },
      { key: "metrics.url", value: "https://m.example.com" },
    ]);
    expect(toJson(UpdateRunnerRequest_RunnerConfigurationSchema, update)).toEqual({
      logLevel: "LOG_LEVEL_WARN",
      metrics: { url: "https://m.example.com" },
    });
  });

  it("maps enum titles onto the proto enums", () => {
    const update = buildConfigurationUpdate([
      { key: "releaseChannel", value: "Stable" },
      { key: "logLevel", value: "Error" },
    ]);
    expect(update.releaseChannel).toBe(RunnerReleaseChannel.STABLE);
    expect(update.logLevel).toBe(LogLevel.ERROR);
  });

  it("sends a cleared string and a false bool (proto3 optional: present, not unchanged)", () => {
    const update = buildConfigurationUpdate([
      { key: "metrics.url", value: "" },
      { key: "autoUpdate", value: "false" },
    ]);
    expect(toJson(UpdateRunnerRequest_RunnerConfigurationSchema, update)).toEqual({
      metrics: { url: "" },
      autoUpdate: false,
    });
  });

  it("reads an unset enum and an unset update window as empty", () => {
    const config = create(RunnerConfigurationSchema);
    expect(readConfigValue(config, "logLevel")).toBe("");
    expect(readConfigValue(config, "updateWindow.startHour")).toBe("");
    expect(readConfigValue(config, "autoUpdate")).toBe("false");
  });

  it("tells whether write-only secrets are set", () => {
    const config = create(RunnerConfigurationSchema, {
      metrics: { password: "x" },
      encryptedHoneycombApiKey: new Uint8Array([1, 2]),
    });
    expect(isSecretSet(config, "metrics.password")).toBe(true);
    expect(isSecretSet(config, "honeycombApiKey")).toBe(true);
    expect(isSecretSet(create(RunnerConfigurationSchema), "metrics.password")).toBe(false);
    expect(isSecretSet(config, "metrics.url")).toBe(false);
  });

  it("knows its paths and nothing else", () => {
    expect(isKnownConfigPath("updateWindow.startHour")).toBe(true);
    expect(isKnownConfigPath("gpu.profile")).toBe(false);
    expect(readConfigValue(create(RunnerConfigurationSchema), "gpu.profile")).toBeUndefined();
  });

  it.each([
    ["gpu.profile", "x"],
    ["logLevel", "Verbose"],
    ["autoUpdate", "yes"],
    ["updateWindow.startHour", "-1"],
  ])("rejects %s=%j with a ConfigPathError naming the path", (key, value) => {
    let thrown: unknown;
    try {
      buildConfigurationUpdate([{ key, value }]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigPathError);
    expect(thrown instanceof ConfigPathError ? thrown.path : undefined).toBe(key);
  });
});

describe("dependent configuration paths", () => {
  const everything = new Set(RUNNER_CONFIG_PATHS.keys());
  const current = [
    { key: "updateWindow.startHour", value: "2" },
    { key: "updateWindow.endHour", value: "4" },
    { key: "metrics.enabled", value: "true" },
    { key: "metrics.url", value: "https://metrics.example.com/push" },
    { key: "metrics.username", value: "runner" },
    { key: "logLevel", value: "Info" },
  ];

  it("groups only known paths, each path in one group", () => {
    const members = CONFIG_PATH_GROUPS.flat();
    expect(members.every((id) => RUNNER_CONFIG_PATHS.has(id))).toBe(true);
    expect(new Set(members).size).toBe(members.length);
  });

  it("sends the update window's start with a changed end (the server needs the pair)", () => {
    const changes = withConfigGroups([{ key: "updateWindow.endHour", value: "9" }], current, everything);
    expect(toJson(UpdateRunnerRequest_RunnerConfigurationSchema, buildConfigurationUpdate(changes))).toEqual({ updateWindow: { startHour: 2, endHour: 9 } });
  });

  it("sends the metrics endpoint and user with a changed password, and never an untyped password", () => {
    const withPassword = withConfigGroups([{ key: "metrics.password", value: "n3w" }], current, everything);
    expect(toJson(UpdateRunnerRequest_RunnerConfigurationSchema, buildConfigurationUpdate(withPassword))).toEqual({
      metrics: { enabled: true, url: "https://metrics.example.com/push", username: "runner", password: "n3w" },
    });
    const withUrl = withConfigGroups([{ key: "metrics.url", value: "https://other.example.com/push" }], current, everything);
    expect(withUrl.map((c) => c.key)).toEqual(["metrics.url", "metrics.enabled", "metrics.username"]);
  });

  it("leaves untouched groups and members the form does not show alone", () => {
    expect(withConfigGroups([{ key: "logLevel", value: "Debug" }], current, everything)).toEqual([{ key: "logLevel", value: "Debug" }]);
    const shown = new Set(["metrics.enabled", "metrics.url"]);
    expect(withConfigGroups([{ key: "metrics.enabled", value: "false" }], current, shown).map((c) => c.key)).toEqual(["metrics.enabled", "metrics.url"]);
  });

  it("clears the update window when both hours are emptied (an empty UpdateWindow), instead of throwing", () => {
    const changes = withConfigGroups([{ key: "updateWindow.startHour", value: "" }], [{ key: "updateWindow.endHour", value: "" }], everything);
    expect(toJson(UpdateRunnerRequest_RunnerConfigurationSchema, buildConfigurationUpdate(changes))).toEqual({ updateWindow: {} });
  });

  it("refuses an end hour without a start hour on the start field", () => {
    let thrown: unknown;
    try {
      buildConfigurationUpdate(withConfigGroups([{ key: "updateWindow.startHour", value: "" }], current, everything));
    } catch (error) {
      thrown = error;
    }
    expect(thrown instanceof ConfigPathError ? [thrown.path, thrown.message] : thrown).toEqual([
      "updateWindow.startHour",
      "Set the start hour when you set an end hour, or empty both to allow updates at any time",
    ]);
  });

  it("puts a server message on the field it names, in the fields' names", () => {
    const names: Record<string, string> = { "updateWindow.startHour": "Update window start", "updateWindow.endHour": "Update window end" };
    expect(configFieldError("spec.configuration.updateWindow.startHour is required when spec.configuration.updateWindow.endHour is set", (id) => names[id])).toEqual({
      key: "updateWindow.startHour",
      error: "Update window start is required when Update window end is set",
    });
    expect(configFieldError("spec.configuration.metrics.url must be an http(s) URL", () => undefined)).toEqual({ key: "metrics.url", error: "Metrics.url must be an http(s) URL" });
    expect(configFieldError("runner not found", () => undefined)).toBeUndefined();
  });
});
