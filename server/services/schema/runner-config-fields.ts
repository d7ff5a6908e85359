import { create, type MessageInitShape } from "@bufbuild/protobuf";
import {
  RunnerConfigurationSchema_FieldSchema,
  RunnerProvider,
  type RunnerConfigurationSchema_Field,
} from "../../../src/gen/gitpod/v1/runner_configuration_pb";
import { RUNNER_CONFIG_PATHS } from "../../../common/runner-config-paths";

type FieldInit = MessageInitShape<typeof RunnerConfigurationSchema_FieldSchema>;

/** Labels and rules of the runnerConfig fields; ids are paths in spec.configuration (common/runner-config-paths). */
const DESCRIPTIONS: Record<string, { name: string; description: string; type?: FieldInit["type"] }> = {
  releaseChannel: { name: "Release channel", description: "Which runner releases this runner installs." },
  autoUpdate: {
    name: "Auto update",
    description: "Install new releases automatically within the update window.",
  },
  logLevel: { name: "Log level", description: "How much the runner logs." },
  "updateWindow.startHour": {
    name: "Update window start (UTC hour)",
    description: "First hour (0–23, UTC) in which updates may be installed. Leave empty to allow any time.",
    type: { case: "int", value: { default: 0, min: 0, max: 23 } },
  },
  "updateWindow.endHour": {
    name: "Update window end (UTC hour)",
    description: "Hour (0–23, UTC) at which the window closes; defaults to start + 2.",
    type: { case: "int", value: { default: 2, min: 0, max: 23 } },
  },
  devcontainerImageCacheEnabled: {
    name: "Dev container image cache",
    description: "Share built dev container images between environments on this runner.",
  },
  continuousProfiling: {
    name: "Continuous profiling",
    description: "Send CPU and memory profiles for support.",
  },
  honeycombApiKey: { name: "Honeycomb API key", description: "Sends runner traces to your Honeycomb team." },
  "metrics.enabled": {
    name: "Metrics",
    description: "Collect runner metrics and push them to a Prometheus remote-write endpoint.",
  },
  "metrics.url": {
    name: "Metrics endpoint",
    description: "Prometheus remote-write URL starting with https:// or http://, e.g. https://metrics.example.com/api/v1/write.",
    type: { case: "string", value: { default: "", pattern: "https?://\\S+" } },
  },
  "metrics.username": { name: "Metrics username", description: "Basic-auth user for the metrics endpoint." },
  "metrics.password": {
    name: "Metrics password",
    description: "Basic-auth password for the metrics endpoint (write-only).",
  },
  "metrics.managedMetricsEnabled": {
    name: "Managed metrics",
    description: "Push metrics through the management plane instead of directly.",
  },
  "metrics.includeVerboseMetrics": {
    name: "Verbose metrics",
    description: "Include high-cardinality metrics.",
  },
};

const COMMON = [
  "releaseChannel",
  "autoUpdate",
  "logLevel",
  "updateWindow.startHour",
  "updateWindow.endHour",
  "metrics.enabled",
  "metrics.url",
  "metrics.username",
  "metrics.password",
];
const REMOTE_EXTRAS = [
  "honeycombApiKey",
  "continuousProfiling",
  "metrics.managedMetricsEnabled",
  "metrics.includeVerboseMetrics",
];

function pathsFor(provider: RunnerProvider): string[] {
  switch (provider) {
    case RunnerProvider.AWS_EC2:
    case RunnerProvider.MANAGED:
      return [...COMMON, "devcontainerImageCacheEnabled", ...REMOTE_EXTRAS];
    case RunnerProvider.GCP:
      return [...COMMON, ...REMOTE_EXTRAS];
    default:
      return COMMON;
  }
}

export function runnerConfigFields(provider: RunnerProvider): RunnerConfigurationSchema_Field[] {
  return pathsFor(provider).map((id) => {
    const path = RUNNER_CONFIG_PATHS.get(id);
    const text = DESCRIPTIONS[id];
    if (!path || !text) throw new Error(`no runnerConfig description for ${id}`);
    let type: FieldInit["type"] = text.type;
    if (!type && path.kind === "bool") type = { case: "bool", value: { default: id === "autoUpdate" } };
    if (!type && path.kind === "enum") {
      const titles = path.enumTitles ?? [];
      const possibleValues = titles.map((title) => ({ title }));
      const defaultTitle = id === "logLevel" ? "Info" : (titles[0] ?? "");
      type = { case: "enum", value: { possibleValues, defaultValue: { title: defaultTitle } } };
    }
    if (!type) type = { case: "string", value: { default: "" } };
    return create(RunnerConfigurationSchema_FieldSchema, {
      id,
      name: text.name,
      description: text.description,
      required: false,
      secret: path.secret === true,
      type,
    });
  });
}
