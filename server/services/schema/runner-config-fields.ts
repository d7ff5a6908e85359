import { create, type MessageInitShape } from "@bufbuild/protobuf";
import {
  RunnerConfigurationSchema_FieldSchema,
  RunnerProvider,
  type RunnerConfigurationSchema_Field,
} from "../../../src/gen/gitpod/v1/runner_configuration_pb";
import { RUNNER_CONFIG_PATHS } from "../../../common/runner-config-paths";
import { RUNNER_CONFIG_TEXT } from "../../../common/runner-config-text";

type FieldInit = MessageInitShape<typeof RunnerConfigurationSchema_FieldSchema>;

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
    const text = RUNNER_CONFIG_TEXT[id];
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
