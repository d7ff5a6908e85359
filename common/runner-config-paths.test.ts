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
  ConfigPathError,
  isKnownConfigPath,
  isSecretSet,
  readConfigValue,
  RUNNER_CONFIG_PATHS,
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

  it.each(Object.entries(SAMPLES))("round-trips %s through an UpdateRunner configuration", (id, value) => {
    const update = buildConfigurationUpdate([{ key: id, value }]);
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
