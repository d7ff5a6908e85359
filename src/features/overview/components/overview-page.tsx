import { Link } from "@tanstack/react-router";
import { buttonClasses } from "../../../components/ui/button";
import { Card, CardBody } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorState } from "../../../components/ui/error-state";
import { PageHeader } from "../../../components/ui/page-header";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { useAllHostTokens } from "../../../api/runner-configuration/list-host-authentication-tokens";
import { useAllRunners } from "../../../api/runners/list-runners";
import { hostTokensNeedingAttention, runnersNeedingAttention } from "../summarize";
import { HostTokensAttention } from "./host-tokens-attention";
import { RunnerCounts } from "./runner-counts";
import { RunnersAttention } from "./runners-attention";

/** The overview reads at most this many pages of 100; beyond it counts show "≥ N". */
const MAX_OVERVIEW_PAGES = 10;
/** Overview numbers refresh while the tab is visible. */
const OVERVIEW_REFRESH_MS = 15_000;
const walk = { maxPages: MAX_OVERVIEW_PAGES, refetchInterval: OVERVIEW_REFRESH_MS };

/** `/`: what runs where, what needs attention. Refreshes every 15 s while visible. */
export function OverviewPage() {
  const runners = useAllRunners({ ...walk, staleTime: 5_000 });
  const hostTokens = useAllHostTokens({}, walk);
  // Evaluated on each render; the queries re-render every 15 s, which moves "now" along with them.
  const now = new Date(Math.max(runners.dataUpdatedAt, hostTokens.dataUpdatedAt) || 0);

  return (
    <>
      <PageHeader
        title="Overview"
        description="Your runners at a glance: where they run, which need attention, and host tokens about to expire."
        actions={
          <Link to="/runners" className={buttonClasses("secondary")}>
            View runners
          </Link>
        }
      />
      <div className="grid gap-6">
        <section aria-label="Runners">
          {runners.isPending ? (
            <Card>
              <CardBody>
                <SkeletonRows rows={4} label="Loading runners" />
              </CardBody>
            </Card>
          ) : runners.isError && !runners.data ? (
            <ErrorState title="Could not load runners" error={runners.error} onRetry={() => void runners.refetch()} retrying={runners.isFetching} />
          ) : runners.runners.length === 0 ? (
            <EmptyState
              title="No runners yet"
              description="A runner runs your environments on your infrastructure: AWS, Google Cloud, a Linux host or a Mac."
              action={
                <Link to="/runners" className={buttonClasses("primary")}>
                  Go to runners
                </Link>
              }
            />
          ) : (
            <div className="grid gap-6">
              <RunnerCounts runners={runners.runners} capped={runners.capped} />
              <RunnersAttention items={runnersNeedingAttention(runners.runners, now)} />
            </div>
          )}
        </section>
        <section aria-label="Host tokens">
          {hostTokens.isPending ? (
            <Card>
              <CardBody>
                <SkeletonRows rows={2} label="Loading host tokens" />
              </CardBody>
            </Card>
          ) : hostTokens.isError && !hostTokens.data ? (
            <ErrorState
              title="Could not load host tokens"
              error={hostTokens.error}
              onRetry={() => void hostTokens.refetch()}
              retrying={hostTokens.isFetching}
            />
          ) : (
            <HostTokensAttention items={hostTokensNeedingAttention(hostTokens.tokens, now)} capped={hostTokens.capped} />
          )}
        </section>
      </div>
    </>
  );
}
