import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { runnerProviderText } from "../../../../common/enum-labels";
import { LinkTabs, TabLink } from "../../../components/ui/link-tabs";
import { PageHeader } from "../../../components/ui/page-header";
import { RunnerPhaseBadge, RunnerStatusBadge } from "../../../components/ui/runner-phase-badge";
import { RunnerKind } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase, type Runner } from "../../../gen/gitpod/v1/runner_pb";
import { useLoadedRunner } from "../../../api/runners/get-runner";
import { RUNNER_STATUS_REFRESH_MS } from "../../../api/runners/list-runners";
import { useRunnerPermissions } from "./use-runner-permissions";

// Tabs with `needs` are shown only to users who can act there (a runner USER cannot), not just to say "no permission".
const TABS = [
  { to: "/runners/$runnerId", label: "Overview", exact: true },
  { to: "/runners/$runnerId/configuration", label: "Configuration" },
  { to: "/runners/$runnerId/environment-classes", label: "Environment classes" },
  { to: "/runners/$runnerId/scm-integrations", label: "SCM integrations" },
  { to: "/runners/$runnerId/llm-integrations", label: "LLM integrations" },
  { to: "/runners/$runnerId/host-tokens", label: "Host tokens" },
  { to: "/runners/$runnerId/sharing", label: "Sharing" },
  { to: "/runners/$runnerId/tokens", label: "Tokens", needs: "canUseTokensTab" },
  { to: "/runners/$runnerId/tools", label: "Tools" },
  { to: "/runners/$runnerId/activity", label: "Activity" },
  { to: "/runners/$runnerId/danger-zone", label: "Danger zone", needs: "canUseDangerZone" },
] as const;

function runnerDescription(runner: Runner): string | undefined {
  if (runner.kind === RunnerKind.LOCAL_CONFIGURATION)
    return "Local configuration runner: the organization's settings for local runners";
  const provider = runnerProviderText(runner);
  return provider ? `${provider} runner` : undefined;
}

/** Header (name, provider, phase) and the URL tabs of a runner; the tab's page is `children`. */
export function RunnerDetailLayout({ runnerId, children }: { runnerId: string; children: ReactNode }) {
  const { data } = useLoadedRunner(runnerId, RUNNER_STATUS_REFRESH_MS);
  const runner = data.runner;
  const permissions = useRunnerPermissions(runnerId);
  const tabs = TABS.filter((tab) => !("needs" in tab) || permissions[tab.needs]);
  return (
    <>
      <PageHeader
        breadcrumbs={
          <Link to="/runners" className="hover:underline">
            Runners
          </Link>
        }
        title={
          <span className="flex flex-wrap items-center gap-3">
            {runner?.name ?? runnerId}
            {runner ? <RunnerStatusBadge runner={runner} /> : <RunnerPhaseBadge phase={RunnerPhase.UNSPECIFIED} />}
          </span>
        }
        description={runner ? runnerDescription(runner) : undefined}
      />
      <LinkTabs label="Runner sections" className="mb-6">
        {tabs.map((tab) => (
          <TabLink
            key={tab.to}
            to={tab.to}
            params={{ runnerId }}
            activeOptions={{ exact: "exact" in tab, includeSearch: false }}
          >
            {tab.label}
          </TabLink>
        ))}
      </LinkTabs>
      {children}
    </>
  );
}
