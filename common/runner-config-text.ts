import type { MessageInitShape } from "@bufbuild/protobuf";
import type { RunnerConfigurationSchema_FieldSchema } from "../src/gen/gitpod/v1/runner_configuration_pb";

export interface RunnerConfigText {
  name: string;
  description: string;
  type?: MessageInitShape<typeof RunnerConfigurationSchema_FieldSchema>["type"];
}

/**
 * Labels, help and rules of the runnerConfig fields; ids are paths in spec.configuration (runner-config-paths.ts).
 * The server's runnerConfig schema (the Configuration tab) and the create-runner wizard both read them.
 */
export const RUNNER_CONFIG_TEXT: Readonly<Record<string, RunnerConfigText>> = {
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
