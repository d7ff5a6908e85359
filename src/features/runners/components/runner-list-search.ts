import type { FleetServerFilter } from "../../../api/fleet/fleet-index";
import { RunnerKind, RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import type { KindName, ProviderName, RunnerListSearch } from "./runner-list-search-schema";

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
export { runnerListSearchSchema, type RunnerListSearch } from "./runner-list-search-schema";

/** The part of the search ListRunners does itself; name, status and sort apply in the browser, over the whole index. */
export function serverFilterOf(search: RunnerListSearch, subjectId: string): FleetServerFilter {
  return {
    kinds: (search.kind ?? []).map((name) => KIND_PARAMS[name]),
    providers: (search.provider ?? []).map((name) => PROVIDER_PARAMS[name]),
    creatorIds: search.mine && subjectId ? [subjectId] : [],
  };
}
