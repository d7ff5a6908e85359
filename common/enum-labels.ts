// Human labels for the API's enums, shared by the UI and the server (plain TypeScript, imports only src/gen).
import { Principal } from "../src/gen/gitpod/v1/identity_pb";
import {
  HostAuthenticationTokenSource,
  RunnerKind,
  RunnerProvider,
} from "../src/gen/gitpod/v1/runner_configuration_pb";
import {
  LogLevel,
  RunnerCapability,
  RunnerPhase,
  RunnerReleaseChannel,
  RunnerRole,
} from "../src/gen/gitpod/v1/runner_pb";

export const runnerPhaseLabels: Record<RunnerPhase, string> = {
  [RunnerPhase.UNSPECIFIED]: "Unknown",
  [RunnerPhase.CREATED]: "Created",
  [RunnerPhase.INACTIVE]: "Inactive",
  [RunnerPhase.ACTIVE]: "Active",
  [RunnerPhase.DELETING]: "Deleting",
  [RunnerPhase.DELETED]: "Deleted",
  [RunnerPhase.DEGRADED]: "Degraded",
};

export const runnerProviderLabels: Record<RunnerProvider, string> = {
  [RunnerProvider.UNSPECIFIED]: "Unknown",
  [RunnerProvider.AWS_EC2]: "AWS EC2",
  [RunnerProvider.LINUX_HOST]: "Linux host",
  [RunnerProvider.DESKTOP_MAC]: "Desktop (Mac)",
  [RunnerProvider.MANAGED]: "Managed",
  [RunnerProvider.GCP]: "Google Cloud",
  [RunnerProvider.DEV_AGENT]: "Dev agent",
};

export const runnerKindLabels: Record<RunnerKind, string> = {
  [RunnerKind.UNSPECIFIED]: "Unknown",
  [RunnerKind.LOCAL]: "Local",
  [RunnerKind.REMOTE]: "Remote",
  [RunnerKind.LOCAL_CONFIGURATION]: "Local configuration",
};

export const runnerRoleLabels: Record<RunnerRole, string> = {
  [RunnerRole.UNSPECIFIED]: "Unknown",
  [RunnerRole.ADMIN]: "Admin",
  [RunnerRole.USER]: "User",
};

export const logLevelLabels: Record<LogLevel, string> = {
  [LogLevel.UNSPECIFIED]: "Default",
  [LogLevel.DEBUG]: "Debug",
  [LogLevel.INFO]: "Info",
  [LogLevel.WARN]: "Warning",
  [LogLevel.ERROR]: "Error",
};

export const runnerReleaseChannelLabels: Record<RunnerReleaseChannel, string> = {
  [RunnerReleaseChannel.UNSPECIFIED]: "Default",
  [RunnerReleaseChannel.STABLE]: "Stable",
  [RunnerReleaseChannel.LATEST]: "Latest",
};

export const hostAuthenticationTokenSourceLabels: Record<HostAuthenticationTokenSource, string> = {
  [HostAuthenticationTokenSource.UNSPECIFIED]: "Unknown",
  [HostAuthenticationTokenSource.OAUTH]: "OAuth",
  [HostAuthenticationTokenSource.PAT]: "Personal access token",
};

export const runnerCapabilityLabels: Record<RunnerCapability, string> = {
  [RunnerCapability.UNSPECIFIED]: "Unknown",
  [RunnerCapability.FETCH_LOCAL_SCM_INTEGRATIONS]: "Fetch local SCM integrations",
  [RunnerCapability.SECRET_CONTAINER_REGISTRY]: "Secret container registry",
  [RunnerCapability.AGENT_EXECUTION]: "Agent execution",
  [RunnerCapability.ALLOW_ENV_TOKEN_POPULATION]: "Allow environment token population",
  [RunnerCapability.DEFAULT_DEV_CONTAINER_IMAGE]: "Default dev container image",
  [RunnerCapability.ENVIRONMENT_SNAPSHOT]: "Environment snapshots",
  [RunnerCapability.PREBUILDS_BEFORE_SNAPSHOT_TRIGGER]: "Prebuilds before snapshot trigger",
  [RunnerCapability.LIST_SCM_ORGANIZATIONS]: "List SCM organizations",
  [RunnerCapability.CHECK_REPOSITORY_ACCESS]: "Check repository access",
  [RunnerCapability.RUNNER_SIDE_AGENT]: "Runner-side agent",
  [RunnerCapability.WARM_POOL]: "Warm pool",
  [RunnerCapability.ASG_WARM_POOL]: "Auto Scaling group warm pool",
  [RunnerCapability.PORT_AUTHENTICATION]: "Port authentication",
  [RunnerCapability.HORIZONTAL_SCALING]: "Horizontal scaling",
  [RunnerCapability.AGENT_EXECUTION_CNF]: "Agent execution (CNF)",
  [RunnerCapability.REDIS_STREAM]: "Redis stream",
  [RunnerCapability.DYNAMIC_LLM_REQUEST_HEADERS]: "Dynamic LLM request headers",
};

export const principalLabels: Record<Principal, string> = {
  [Principal.UNSPECIFIED]: "Unknown",
  [Principal.ACCOUNT]: "Account",
  [Principal.USER]: "User",
  [Principal.RUNNER]: "Runner",
  [Principal.ENVIRONMENT]: "Environment",
  [Principal.SERVICE_ACCOUNT]: "Service account",
  [Principal.RUNNER_MANAGER]: "Runner manager",
};

/**
 * The label for a value, also for enum numbers a newer server sent that this build does not know
 * ("Unknown (42)") — the console must not break on them.
 */
export function enumLabel<E extends number>(labels: Record<E, string>, value: E | number): string {
  const known: Partial<Record<number, string>> = labels;
  return known[value] ?? `Unknown (${value})`;
}

/**
 * What a runner runs on, as the UI names it: its provider; where the API has none, its kind — the org's
 * LOCAL_CONFIGURATION runner only holds configuration and has no provider, so "Unknown" would be wrong there.
 * "" when neither is known (callers show their own placeholder).
 */
export function runnerProviderText(runner: { kind: RunnerKind; provider: RunnerProvider }): string {
  if (runner.provider !== RunnerProvider.UNSPECIFIED) return enumLabel(runnerProviderLabels, runner.provider);
  if (runner.kind !== RunnerKind.UNSPECIFIED) return enumLabel(runnerKindLabels, runner.kind);
  return "";
}
