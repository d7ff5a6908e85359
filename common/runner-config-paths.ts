// runnerConfig schema field ids are paths in `spec.configuration` (e.g. "updateWindow.startHour").
// This table maps each known path to how its FieldValue-style string is read from a RunnerConfiguration and
// written into an UpdateRunnerRequest.RunnerConfiguration. The server builds its runnerConfig schema from it,
// the Configuration tab reads and writes through it.
import { create } from "@bufbuild/protobuf";
import {
  LogLevel,
  RunnerReleaseChannel,
  UpdateRunnerRequest_MetricsConfigurationSchema,
  UpdateRunnerRequest_RunnerConfigurationSchema,
  UpdateWindowSchema,
  type RunnerConfiguration,
  type UpdateRunnerRequest_RunnerConfiguration,
} from "../src/gen/gitpod/v1/runner_pb";
import { encodeBool } from "./schema-fields";

export type ConfigPathKind = "bool" | "int" | "enum" | "string";

export const RELEASE_CHANNEL_TITLES: ReadonlyArray<readonly [RunnerReleaseChannel, string]> = [
  [RunnerReleaseChannel.STABLE, "Stable"],
  [RunnerReleaseChannel.LATEST, "Latest"],
];
export const LOG_LEVEL_TITLES: ReadonlyArray<readonly [LogLevel, string]> = [
  [LogLevel.DEBUG, "Debug"],
  [LogLevel.INFO, "Info"],
  [LogLevel.WARN, "Warn"],
  [LogLevel.ERROR, "Error"],
];

export function titleOf<E>(table: ReadonlyArray<readonly [E, string]>, value: E): string {
  return table.find(([v]) => v === value)?.[1] ?? "";
}
export function valueOf<E>(table: ReadonlyArray<readonly [E, string]>, title: string, path: string): E {
  const entry = table.find(([, t]) => t === title);
  if (!entry) throw new ConfigPathError(path, `Choose one of ${table.map(([, t]) => t).join(", ")}`);
  return entry[0];
}
function intOf(value: string, path: string): number {
  if (!/^\d+$/.test(value)) throw new ConfigPathError(path, "Enter a whole number");
  return Number(value);
}
/** An hour of the update window; "" leaves it unset (an update window with no hours clears the window). */
function hourOf(value: string, path: string): number | undefined {
  return value === "" ? undefined : intOf(value, path);
}
function boolOf(value: string, path: string): boolean {
  if (value !== "true" && value !== "false") throw new ConfigPathError(path, "Must be on (true) or off (false)");
  return value === "true";
}

export class ConfigPathError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ConfigPath {
  id: string;
  kind: ConfigPathKind;
  /** Write-only: never read back; `isSet` tells whether a value is stored. */
  secret?: boolean;
  enumTitles?: readonly string[];
  read(config: RunnerConfiguration): string;
  isSet?(config: RunnerConfiguration): boolean;
  write(update: UpdateRunnerRequest_RunnerConfiguration, value: string): void;
}

function metrics(update: UpdateRunnerRequest_RunnerConfiguration) {
  update.metrics ??= create(UpdateRunnerRequest_MetricsConfigurationSchema);
  return update.metrics;
}
function updateWindow(update: UpdateRunnerRequest_RunnerConfiguration) {
  update.updateWindow ??= create(UpdateWindowSchema);
  return update.updateWindow;
}

const PATHS: ConfigPath[] = [
  {
    id: "releaseChannel",
    kind: "enum",
    enumTitles: RELEASE_CHANNEL_TITLES.map(([, t]) => t),
    read: (c) => titleOf(RELEASE_CHANNEL_TITLES, c.releaseChannel),
    write: (u, v) => (u.releaseChannel = valueOf(RELEASE_CHANNEL_TITLES, v, "releaseChannel")),
  },
  {
    id: "autoUpdate",
    kind: "bool",
    read: (c) => encodeBool(c.autoUpdate),
    write: (u, v) => (u.autoUpdate = boolOf(v, "autoUpdate")),
  },
  {
    id: "logLevel",
    kind: "enum",
    enumTitles: LOG_LEVEL_TITLES.map(([, t]) => t),
    read: (c) => titleOf(LOG_LEVEL_TITLES, c.logLevel),
    write: (u, v) => (u.logLevel = valueOf(LOG_LEVEL_TITLES, v, "logLevel")),
  },
  {
    id: "updateWindow.startHour",
    kind: "int",
    read: (c) => (c.updateWindow?.startHour === undefined ? "" : String(c.updateWindow.startHour)),
    write: (u, v) => (updateWindow(u).startHour = hourOf(v, "updateWindow.startHour")),
  },
  {
    id: "updateWindow.endHour",
    kind: "int",
    read: (c) => (c.updateWindow?.endHour === undefined ? "" : String(c.updateWindow.endHour)),
    write: (u, v) => (updateWindow(u).endHour = hourOf(v, "updateWindow.endHour")),
  },
  {
    id: "devcontainerImageCacheEnabled",
    kind: "bool",
    read: (c) => encodeBool(c.devcontainerImageCacheEnabled),
    write: (u, v) => (u.devcontainerImageCacheEnabled = boolOf(v, "devcontainerImageCacheEnabled")),
  },
  {
    id: "continuousProfiling",
    kind: "bool",
    read: (c) => encodeBool(c.continuousProfiling),
    write: (u, v) => (u.continuousProfiling = boolOf(v, "continuousProfiling")),
  },
  {
    id: "honeycombApiKey",
    kind: "string",
    secret: true,
    read: () => "",
    isSet: (c) => c.encryptedHoneycombApiKey.length > 0,
    write: (u, v) => (u.honeycombApiKey = v),
  },
  {
    id: "metrics.enabled",
    kind: "bool",
    read: (c) => encodeBool(c.metrics?.enabled ?? false),
    write: (u, v) => (metrics(u).enabled = boolOf(v, "metrics.enabled")),
  },
  {
    id: "metrics.url",
    kind: "string",
    read: (c) => c.metrics?.url ?? "",
    write: (u, v) => (metrics(u).url = v),
  },
  {
    id: "metrics.username",
    kind: "string",
    read: (c) => c.metrics?.username ?? "",
    write: (u, v) => (metrics(u).username = v),
  },
  {
    id: "metrics.password",
    kind: "string",
    secret: true,
    read: () => "",
    isSet: (c) => (c.metrics?.password ?? "") !== "",
    write: (u, v) => (metrics(u).password = v),
  },
  {
    id: "metrics.managedMetricsEnabled",
    kind: "bool",
    read: (c) => encodeBool(c.metrics?.managedMetricsEnabled ?? false),
    write: (u, v) => (metrics(u).managedMetricsEnabled = boolOf(v, "metrics.managedMetricsEnabled")),
  },
  {
    id: "metrics.includeVerboseMetrics",
    kind: "bool",
    read: (c) => encodeBool(c.metrics?.includeVerboseMetrics ?? false),
    write: (u, v) => (metrics(u).includeVerboseMetrics = boolOf(v, "metrics.includeVerboseMetrics")),
  },
];

export const RUNNER_CONFIG_PATHS: ReadonlyMap<string, ConfigPath> = new Map(PATHS.map((p) => [p.id, p]));

export function isKnownConfigPath(id: string): boolean {
  return RUNNER_CONFIG_PATHS.has(id);
}

/** The value at a path as a FieldValue string; undefined for unknown paths, "" for secrets. */
export function readConfigValue(config: RunnerConfiguration, id: string): string | undefined {
  return RUNNER_CONFIG_PATHS.get(id)?.read(config);
}

/** Whether a write-only value (secret) is stored; false for other paths. */
export function isSecretSet(config: RunnerConfiguration, id: string): boolean {
  return RUNNER_CONFIG_PATHS.get(id)?.isSet?.(config) ?? false;
}

/**
 * Builds the `spec.configuration` of an UpdateRunnerRequest that sets exactly the given paths. Empty update-window
 * hours send an empty window, which clears it (as the reference says); an end hour without a start is refused.
 */
export function buildConfigurationUpdate(changes: ReadonlyArray<{ key: string; value: string }>): UpdateRunnerRequest_RunnerConfiguration {
  const update = create(UpdateRunnerRequest_RunnerConfigurationSchema);
  for (const { key, value } of changes) {
    const path = RUNNER_CONFIG_PATHS.get(key);
    if (!path) throw new ConfigPathError(key, `${key} is not a configuration path this console knows`);
    path.write(update, value);
  }
  if (update.updateWindow && update.updateWindow.endHour !== undefined && update.updateWindow.startHour === undefined) {
    throw new ConfigPathError("updateWindow.startHour", "Set the start hour when you set an end hour, or empty both to allow updates at any time");
  }
  return update;
}

/**
 * Paths the server checks together (an update window's end needs its start; enabled metrics need their endpoint,
 * whose credentials belong to it). When one member changes, the whole group is sent.
 */
export const CONFIG_PATH_GROUPS: ReadonlyArray<readonly string[]> = [
  ["updateWindow.startHour", "updateWindow.endHour"],
  ["metrics.enabled", "metrics.url", "metrics.username", "metrics.password"],
];

/**
 * The changes plus the other members of each touched group, with their current form values. Only members the form
 * shows are added (others are not known here); a secret nobody typed stays out, so the stored one is kept.
 */
export function withConfigGroups(
  changes: ReadonlyArray<{ key: string; value: string }>,
  current: ReadonlyArray<{ key: string; value: string }>,
  formIds: ReadonlySet<string>,
): Array<{ key: string; value: string }> {
  const result = [...changes];
  const sent = new Set(changes.map((c) => c.key));
  for (const group of CONFIG_PATH_GROUPS) {
    if (!group.some((id) => sent.has(id))) continue;
    for (const id of group) {
      if (sent.has(id) || !formIds.has(id) || RUNNER_CONFIG_PATHS.get(id)?.secret) continue;
      result.push({ key: id, value: current.find((c) => c.key === id)?.value ?? "" });
      sent.add(id);
    }
  }
  return result;
}

const SERVER_PATH = /spec\.configuration\.([A-Za-z]+(?:\.[A-Za-z]+)?)/g;

/**
 * A server message about `spec.configuration.<path>` as an error on that field, the paths written as the fields'
 * names ("Update window start is required when Update window end is set"). Undefined when it names no known path.
 */
export function configFieldError(message: string, nameOf: (id: string) => string | undefined): { key: string; error: string } | undefined {
  const ids = [...message.matchAll(SERVER_PATH)].map((m) => m[1] ?? "").filter((id) => RUNNER_CONFIG_PATHS.has(id));
  const key = ids[0];
  if (key === undefined) return undefined;
  const error = message.replace(SERVER_PATH, (whole, id: string) => (RUNNER_CONFIG_PATHS.has(id) ? (nameOf(id) ?? id) : whole));
  return { key, error: error.charAt(0).toUpperCase() + error.slice(1) };
}
