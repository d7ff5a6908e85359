import {
  RunnerKind,
  RunnerProvider,
  RunnerProviderSchema,
  RunnerKindSchema,
} from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { invalidArgument } from "../errors";
import { requireDefinedEnum } from "../validation";

const KIND_OF_PROVIDER: ReadonlyMap<RunnerProvider, RunnerKind> = new Map([
  [RunnerProvider.AWS_EC2, RunnerKind.REMOTE],
  [RunnerProvider.GCP, RunnerKind.REMOTE],
  [RunnerProvider.MANAGED, RunnerKind.REMOTE],
  [RunnerProvider.LINUX_HOST, RunnerKind.LOCAL],
  [RunnerProvider.DESKTOP_MAC, RunnerKind.LOCAL],
  [RunnerProvider.DEV_AGENT, RunnerKind.LOCAL],
]);

export function kindOfProvider(provider: RunnerProvider): RunnerKind {
  return KIND_OF_PROVIDER.get(provider) ?? RunnerKind.UNSPECIFIED;
}

/** CreateRunner takes exactly one of kind (legacy) and provider; the kind is deduced from the provider. */
export function kindForCreate(
  kind: RunnerKind,
  provider: RunnerProvider,
): { kind: RunnerKind; provider: RunnerProvider } {
  requireDefinedEnum("kind", RunnerKindSchema, kind);
  requireDefinedEnum("provider", RunnerProviderSchema, provider);
  if (kind !== RunnerKind.UNSPECIFIED && provider !== RunnerProvider.UNSPECIFIED) {
    throw invalidArgument("set either provider or kind, not both (the kind follows from the provider)");
  }
  if (provider !== RunnerProvider.UNSPECIFIED) return { kind: kindOfProvider(provider), provider };
  if (kind === RunnerKind.UNSPECIFIED) throw invalidArgument("provider is required");
  if (kind === RunnerKind.LOCAL_CONFIGURATION) {
    throw invalidArgument(
      "the local-configuration runner exists once per organization and cannot be created",
    );
  }
  return { kind, provider };
}
