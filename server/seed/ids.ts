import { seededId } from "../store/ids";

/** The fixed seed of the demo data: ids, keys and times derive from it and CONSOLE_NOW. */
export const DEMO_SEED = "runner-console-demo-v1";

export interface DemoIds {
  orgId: string;
  users: { admin: string; member: string };
  groups: { platformTeam: string; developers: string; security: string };
  runners: {
    awsProdEu: string;
    awsStagingUs: string;
    gcpMl: string;
    linuxBuild01: string;
    macIos01: string;
    devAgent: string;
    managedEu: string;
    localConfiguration: string;
  };
}

/** The ids of the demo fixture (same on every fresh start). */
export function demoIds(seed: string = DEMO_SEED): DemoIds {
  const id = (name: string) => seededId(seed, name);
  return {
    orgId: id("org:acme-platform"),
    users: { admin: id("user:ada-admin"), member: id("user:max-member") },
    groups: {
      platformTeam: id("group:platform-team"),
      developers: id("group:developers"),
      security: id("group:security"),
    },
    runners: {
      awsProdEu: id("runner:aws-prod-eu"),
      awsStagingUs: id("runner:aws-staging-us"),
      gcpMl: id("runner:gcp-ml"),
      linuxBuild01: id("runner:linux-build-01"),
      macIos01: id("runner:mac-ios-01"),
      devAgent: id("runner:dev-agent"),
      managedEu: id("runner:managed-eu"),
      localConfiguration: id("runner:local-configuration"),
    },
  };
}
