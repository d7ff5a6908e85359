import { RunnerKind, RunnerProvider } from "../../gen/gitpod/v1/runner_configuration_pb";
import { KIND_NAMES, PROVIDER_NAMES, type KindName, type ProviderName } from "./fleet-params";

// URL values are readable names; the wire enums are mapped here so a bad URL falls back instead of failing.
export const KIND_PARAMS: Record<KindName, RunnerKind> = { local: RunnerKind.LOCAL, remote: RunnerKind.REMOTE, "local-configuration": RunnerKind.LOCAL_CONFIGURATION };
export const PROVIDER_PARAMS: Record<ProviderName, RunnerProvider> = {
  "aws-ec2": RunnerProvider.AWS_EC2,
  gcp: RunnerProvider.GCP,
  "linux-host": RunnerProvider.LINUX_HOST,
  "desktop-mac": RunnerProvider.DESKTOP_MAC,
  "dev-agent": RunnerProvider.DEV_AGENT,
  managed: RunnerProvider.MANAGED,
};

const providerNames = new Map(PROVIDER_NAMES.map((name) => [PROVIDER_PARAMS[name], name]));
const kindNames = new Map(KIND_NAMES.map((name) => [KIND_PARAMS[name], name]));

/** The runners list's URL name for a provider; undefined for one the list cannot filter by. */
export const providerName = (provider: RunnerProvider): ProviderName | undefined => providerNames.get(provider);
export const kindName = (kind: RunnerKind): KindName | undefined => kindNames.get(kind);
