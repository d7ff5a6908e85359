// Building and changing RunnerSpec: proto3-optional update semantics, update-window defaults, write-only secrets.
import { create } from "@bufbuild/protobuf";
import sodium from "libsodium-wrappers";
import {
  LogLevelSchema,
  MetricsConfigurationSchema,
  RunnerConfigurationSchema,
  RunnerPhaseSchema,
  RunnerReleaseChannelSchema,
  RunnerSpecSchema,
  RunnerVariantSchema,
  UpdateWindowSchema,
  type RunnerSpec,
  type UpdateRunnerRequest_RunnerConfiguration,
  type UpdateWindow,
} from "../../src/gen/gitpod/v1/runner_pb";
import { invalidArgument } from "../errors";
import { SECRET_MASK, type RunnerSecrets } from "../store/runners";
import { requireDefinedEnum, requireHttpUrl } from "../validation";

/**
 * The stored form of an update window: absent hours → no window; start only → end = (start + 2) mod 24;
 * end without start → invalid_argument; hours outside 0–23 → invalid_argument.
 */
export function normalizeUpdateWindow(
  field: string,
  window: UpdateWindow | undefined,
): UpdateWindow | undefined {
  if (!window || (window.startHour === undefined && window.endHour === undefined)) return undefined;
  if (window.startHour === undefined)
    throw invalidArgument(`${field}.startHour is required when ${field}.endHour is set`);
  const startHour = requireHour(`${field}.startHour`, window.startHour);
  const endHour =
    window.endHour === undefined ? (startHour + 2) % 24 : requireHour(`${field}.endHour`, window.endHour);
  return create(UpdateWindowSchema, { startHour, endHour });
}

function requireHour(field: string, hour: number): number {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    throw invalidArgument(`${field} must be an hour between 0 and 23`);
  return hour;
}

/** Validates a spec given to CreateRunner and splits off its write-only parts. */
export function specForCreate(input: RunnerSpec | undefined): { spec: RunnerSpec; secrets: RunnerSecrets } {
  const spec = create(RunnerSpecSchema, input ?? {});
  requireDefinedEnum("spec.desiredPhase", RunnerPhaseSchema, spec.desiredPhase);
  requireDefinedEnum("spec.variant", RunnerVariantSchema, spec.variant);
  const config = (spec.configuration ??= create(RunnerConfigurationSchema));
  requireDefinedEnum("spec.configuration.releaseChannel", RunnerReleaseChannelSchema, config.releaseChannel);
  requireDefinedEnum("spec.configuration.logLevel", LogLevelSchema, config.logLevel);
  config.updateWindow = normalizeUpdateWindow("spec.configuration.updateWindow", config.updateWindow);
  const secrets: RunnerSecrets = {};
  if (config.metrics) {
    if (config.metrics.url) requireHttpUrl("spec.configuration.metrics.url", config.metrics.url);
    requireMetricsEndpoint("spec.configuration.metrics", config.metrics);
    if (config.metrics.password) secrets.metricsPassword = config.metrics.password;
    config.metrics.password = "";
  }
  return { spec, secrets };
}

/** Call before applyConfigurationUpdate: libsodium initialises asynchronously once per process. */
export async function sealingReady(): Promise<void> {
  await sodium.ready;
}

/** Applies an UpdateRunnerRequest configuration in place: only the fields present change. */
export function applyConfigurationUpdate(
  spec: RunnerSpec,
  secrets: RunnerSecrets,
  update: UpdateRunnerRequest_RunnerConfiguration,
  runnerPublicKey: Uint8Array,
): void {
  const config = (spec.configuration ??= create(RunnerConfigurationSchema));
  const prefix = "spec.configuration";
  if (update.releaseChannel !== undefined) {
    config.releaseChannel = requireDefinedEnum(
      `${prefix}.releaseChannel`,
      RunnerReleaseChannelSchema,
      update.releaseChannel,
    );
  }
  if (update.logLevel !== undefined)
    config.logLevel = requireDefinedEnum(`${prefix}.logLevel`, LogLevelSchema, update.logLevel);
  if (update.autoUpdate !== undefined) config.autoUpdate = update.autoUpdate;
  if (update.devcontainerImageCacheEnabled !== undefined) {
    config.devcontainerImageCacheEnabled = update.devcontainerImageCacheEnabled;
  }
  if (update.continuousProfiling !== undefined) config.continuousProfiling = update.continuousProfiling;
  if (update.updateWindow !== undefined) {
    config.updateWindow = normalizeUpdateWindow(`${prefix}.updateWindow`, update.updateWindow);
  }
  if (update.honeycombApiKey !== undefined) {
    config.encryptedHoneycombApiKey =
      update.honeycombApiKey === "" ? new Uint8Array() : seal(update.honeycombApiKey, runnerPublicKey);
  }
  const metricsUpdate = update.metrics;
  if (metricsUpdate) {
    const metrics = (config.metrics ??= create(MetricsConfigurationSchema));
    if (metricsUpdate.enabled !== undefined) metrics.enabled = metricsUpdate.enabled;
    if (metricsUpdate.url !== undefined) {
      metrics.url = metricsUpdate.url === "" ? "" : requireHttpUrl(`${prefix}.metrics.url`, metricsUpdate.url);
    }
    if (metricsUpdate.username !== undefined) metrics.username = metricsUpdate.username;
    if (metricsUpdate.managedMetricsEnabled !== undefined)
      metrics.managedMetricsEnabled = metricsUpdate.managedMetricsEnabled;
    if (metricsUpdate.includeVerboseMetrics !== undefined)
      metrics.includeVerboseMetrics = metricsUpdate.includeVerboseMetrics;
    requireMetricsEndpoint(`${prefix}.metrics`, metrics);
    // The mask is what a read returns for a stored password: sending it back means "unchanged".
    if (metricsUpdate.password !== undefined && metricsUpdate.password !== SECRET_MASK) {
      if (metricsUpdate.password === "") delete secrets.metricsPassword;
      else secrets.metricsPassword = metricsUpdate.password;
    }
  }
}

/** Metrics pushed directly need somewhere to go: enabled metrics without managed push need an endpoint URL. */
function requireMetricsEndpoint(field: string, metrics: { enabled: boolean; url: string; managedMetricsEnabled: boolean }): void {
  if (metrics.enabled && !metrics.managedMetricsEnabled && metrics.url === "") {
    throw invalidArgument(`${field}.url is required when ${field}.enabled is on`);
  }
}

/** Sealed box to the runner's X25519 public key: only the runner (its private key) can open it. */
function seal(plaintext: string, publicKey: Uint8Array): Uint8Array {
  return sodium.crypto_box_seal(sodium.from_string(plaintext), publicKey);
}
