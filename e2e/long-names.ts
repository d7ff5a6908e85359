// Entities with names at the API's maximum length (runner and environment class names 127 characters, unbroken;
// descriptions 200) and long hosts and endpoints, for e2e/layout.spec.ts and the 390 px screenshots.
import type { ConsolePage } from "./pages";

export const LONG_NAME = `w${"x".repeat(125)}z`;
export const LONG_DESCRIPTION = `d${"e".repeat(198)}f`;
// Hosts and endpoints have no maximum in the API: a long but valid DNS name (labels of up to 63 characters).
export const LONG_HOST = `${"h".repeat(60)}.${"o".repeat(60)}.example.com`;
export const LONG_ENDPOINT = `https://${LONG_HOST}/v1/${"p".repeat(100)}`;

const RUNNER_TABS = ["", "/configuration", "/environment-classes", "/scm-integrations", "/llm-integrations", "/host-tokens", "/sharing", "/tokens", "/tools", "/activity", "/danger-zone"];

/** Calls `Service/Method` as the admin and returns the JSON answer (throws on an error answer). */
export type AdminCall = <T>(method: string, body: object) => Promise<T>;

/**
 * Creates a runner with the longest name (with an environment class, an SCM integration, an LLM integration and a
 * host token of long names) and a long-named class on the demo runner; returns every tab of the new runner.
 */
export async function seedLongNames(call: AdminCall, demoRunnerId: string): Promise<ConsolePage[]> {
  const { runner } = await call<{ runner: { runnerId: string } }>("RunnerService/CreateRunner", {
    name: LONG_NAME,
    // The demo runner's provider: the demo classes' configuration fits its schema.
    provider: "RUNNER_PROVIDER_AWS_EC2",
  });
  const { environmentClasses } = await call<{ environmentClasses: { configuration?: { key: string; value: string }[] }[] }>(
    "RunnerConfigurationService/ListEnvironmentClasses",
    { filter: { runnerIds: [demoRunnerId] } },
  );
  const template = environmentClasses[0];
  if (!template) throw new Error("the demo runner has environment classes");
  for (const runnerId of [demoRunnerId, runner.runnerId]) {
    await call("RunnerConfigurationService/CreateEnvironmentClass", {
      runnerId,
      displayName: LONG_NAME,
      description: LONG_DESCRIPTION,
      configuration: template.configuration ?? [],
    });
  }
  await call("RunnerConfigurationService/CreateSCMIntegration", { runnerId: runner.runnerId, scmId: "gitlab", host: LONG_HOST, pat: true });
  await call("RunnerConfigurationService/CreateLLMIntegration", {
    runnerId: runner.runnerId,
    models: ["SUPPORTED_MODEL_SONNET_4"],
    endpoint: LONG_ENDPOINT,
    apiKey: "sk-layout-test",
  });
  await call("RunnerConfigurationService/CreateHostAuthenticationToken", {
    runnerId: runner.runnerId,
    host: LONG_HOST,
    token: "glpat-layout-test",
    source: "HOST_AUTHENTICATION_TOKEN_SOURCE_PAT",
    expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  });
  return RUNNER_TABS.map((tab) => ({
    name: `long-runner${tab.replace("/", "-")}`,
    path: `/runners/${runner.runnerId}${tab}`,
    heading: new RegExp(`^${LONG_NAME}`),
  }));
}
