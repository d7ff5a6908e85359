import type { JsonValue } from "@bufbuild/protobuf";
import type { DemoIds } from "../../server/seed/ids";
import { seededId } from "../../server/store/ids";
import { DEMO_SEED } from "../../server/seed/ids";

// The reference's request examples use two placeholder UUIDs for every id. Each example gets ids from the demo
// data that make sense for it (a runner with a github.com integration for SCM calls, a group without a policy on
// the runner for CreateRunnerPolicy, …); nothing else in the example changes.
const PLACEHOLDER_A = "d2c94c27-3b76-4a42-b88c-95a85e392c68";
const PLACEHOLDER_B = "f53d2330-3795-4c5d-a1f3-453121af9c60";
// ValidateRunnerConfiguration's example names the SCM integration it validates "integration-id".
const PLACEHOLDER_INTEGRATION = '"integration-id"';

interface Substitution {
  a?: (ids: DemoIds) => string;
  b?: (ids: DemoIds) => string;
  integration?: (ids: DemoIds) => string;
}

const environmentClass = (runnerId: string, name: string) => seededId(DEMO_SEED, `environment-class:${runnerId}:${name}`);
const scmIntegration = (runnerId: string, host: string) => seededId(DEMO_SEED, `scm-integration:${runnerId}:${host}`);
const hostToken = (name: string) => seededId(DEMO_SEED, `host-token:${name}`);

const awsProdEu = (ids: DemoIds) => ids.runners.awsProdEu;

const BY_EXAMPLE: Record<string, Substitution> = {
  // linux-build-01 is a LINUX_HOST runner: its environment classes take cpu and memory, the example's keys.
  CreateEnvironmentClass: { a: (ids) => ids.runners.linuxBuild01 },
  // Ada creates a token for herself on a runner where she has none for github.com yet.
  CreateHostAuthenticationToken: { a: (ids) => ids.runners.gcpMl, b: (ids) => ids.users.admin },
  // Security has no policy on aws-prod-eu yet; Platform team has one to update or delete.
  CreateRunnerPolicy: { a: awsProdEu, b: (ids) => ids.groups.security },
  UpdateRunnerPolicy: { a: awsProdEu, b: (ids) => ids.groups.platformTeam },
  DeleteRunnerPolicy: { a: awsProdEu, b: (ids) => ids.groups.platformTeam },
  // aws-staging-us has no github.com integration yet.
  CreateSCMIntegration: { a: (ids) => ids.runners.awsStagingUs },
  // Validates a change to aws-prod-eu's github.com integration (OAuth client id and secret, as the example sends).
  ValidateRunnerConfiguration: { a: awsProdEu, integration: (ids) => scmIntegration(ids.runners.awsProdEu, "github.com") },
  GetSCMIntegration: { a: (ids) => scmIntegration(ids.runners.awsProdEu, "github.com") },
  UpdateSCMIntegration: { a: (ids) => scmIntegration(ids.runners.awsProdEu, "github.com") },
  DeleteSCMIntegration: { a: (ids) => scmIntegration(ids.runners.awsProdEu, "github.com") },
  GetEnvironmentClass: { a: (ids) => environmentClass(ids.runners.awsProdEu, "Large") },
  UpdateEnvironmentClass: { a: (ids) => environmentClass(ids.runners.awsProdEu, "Large") },
  GetHostAuthenticationToken: { a: () => hostToken("ada-github-prod") },
  UpdateHostAuthenticationToken: { a: () => hostToken("ada-github-prod") },
  DeleteHostAuthenticationToken: { a: () => hostToken("ada-github-prod") },
  DeleteRunner: { a: (ids) => ids.runners.devAgent },
};

/** The example's JSON with its placeholder ids replaced by demo ids (runner aws-prod-eu unless listed above). */
export function withDemoIds(rpc: string, json: JsonValue, ids: DemoIds): JsonValue {
  const substitution = BY_EXAMPLE[rpc] ?? {};
  const text = JSON.stringify(json)
    .replaceAll(PLACEHOLDER_A, (substitution.a ?? awsProdEu)(ids))
    .replaceAll(PLACEHOLDER_B, (substitution.b ?? ((demo: DemoIds) => demo.groups.security))(ids))
    .replaceAll(PLACEHOLDER_INTEGRATION, JSON.stringify(substitution.integration?.(ids) ?? "integration-id"));
  const replaced: JsonValue = JSON.parse(text);
  return replaced;
}
