import { RunnerKind, RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";

export interface ProviderChoice {
  provider: RunnerProvider;
  title: string;
  description: string;
  kind: RunnerKind;
}

/** Runner documentation of a real Gitpod; each provider's setup guide is linked from there. */
export const RUNNER_DOCS_URL = "https://www.gitpod.io/docs/gitpod/runners";

/** The providers a runner can be created for, in the order the wizard shows them. */
export const PROVIDER_CHOICES: readonly ProviderChoice[] = [
  { provider: RunnerProvider.AWS_EC2, title: "AWS EC2", description: "Environments on EC2 instances in your AWS account.", kind: RunnerKind.REMOTE },
  { provider: RunnerProvider.GCP, title: "Google Cloud", description: "Environments on Compute Engine VMs in your GCP project.", kind: RunnerKind.REMOTE },
  { provider: RunnerProvider.LINUX_HOST, title: "Linux host", description: "Environments on a Linux machine you run.", kind: RunnerKind.LOCAL },
  { provider: RunnerProvider.DESKTOP_MAC, title: "Desktop Mac", description: "Environments on a developer's Mac.", kind: RunnerKind.LOCAL },
  { provider: RunnerProvider.DEV_AGENT, title: "Dev agent", description: "A lightweight agent for local development.", kind: RunnerKind.LOCAL },
  { provider: RunnerProvider.MANAGED, title: "Managed", description: "Runs in Gitpod's cloud; nothing to install.", kind: RunnerKind.REMOTE },
];

export function providerChoice(provider: RunnerProvider): ProviderChoice | undefined {
  return PROVIDER_CHOICES.find((choice) => choice.provider === provider);
}
