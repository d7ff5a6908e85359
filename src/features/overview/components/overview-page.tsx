import { Link } from "@tanstack/react-router";
import { buttonClasses } from "../../../components/ui/button";
import { Card, CardBody } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorState } from "../../../components/ui/error-state";
import { PageHeader } from "../../../components/ui/page-header";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { useOverviewHostTokens } from "../api/list-host-authentication-tokens";
import { useOverviewRunners } from "../api/list-runners";
import { hostTokensNeedingAttention, runnersNeedingAttention } from "../summarize";
import { HostTokensAttention } from "./host-tokens-attention";
import { RunnerCounts } from "./runner-counts";
import { RunnersAttention } from "./runners-attention";

/** `/`: what runs where, what needs attention. Refreshes every 15 s while visible. */
export function OverviewPage() {
  const runners = useOverviewRunners();
  const hostTokens = useOverviewHostTokens();
  // Evaluated on each render; the queries re-render every 15 s, which moves "now" along with them.
  const now = new Date(Math.max(runners.query.dataUpdatedAt, hostTokens.query.dataUpdatedAt) || 0);

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
          {runners.query.isPending ? (
            <Card>
              <CardBody>
                <SkeletonRows rows={4} label="Loading runners" />
              </CardBody>
            </Card>
          ) : runners.query.isError && !runners.query.data ? (
            <ErrorState title="Could not load runners" error={runners.query.error} onRetry={() => void runners.query.refetch()} retrying={runners.query.isFetching} />
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
          {hostTokens.query.isPending ? (
            <Card>
              <CardBody>
                <SkeletonRows rows={2} label="Loading host tokens" />
              </CardBody>
            </Card>
          ) : hostTokens.query.isError && !hostTokens.query.data ? (
            <ErrorState
              title="Could not load host tokens"
              error={hostTokens.query.error}
              onRetry={() => void hostTokens.query.refetch()}
              retrying={hostTokens.query.isFetching}
            />
          ) : (
            <HostTokensAttention items={hostTokensNeedingAttention(hostTokens.tokens, now)} capped={hostTokens.capped} />
          )}
        </section>
      </div>
    </>
  );
}
