import { Link } from "@tanstack/react-router";
import { useMemo } from "react";
import { buttonClasses } from "../../../components/ui/button";
import { Card, CardBody } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorState } from "../../../components/ui/error-state";
import { PageHeader } from "../../../components/ui/page-header";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { useAllHostTokens } from "../../../api/runner-configuration/list-host-authentication-tokens";
import { rankAttention } from "../../../api/fleet/attention";
import { useFleetIndex } from "../../../api/fleet/use-fleet-index";
import { FleetIndexStatus } from "../../../components/ui/fleet-index-status";
import { useNow } from "../../../lib/use-now";
import { hostTokensNeedingAttention } from "../summarize";
import { HostTokensAttention } from "./host-tokens-attention";
import { RunnerCounts } from "./runner-counts";
import { RunnersAttention } from "./runners-attention";

/** The overview checks at most this many pages of 100 host tokens, refreshed every 15 s while visible. */
const HOST_TOKENS_WALK = { maxPages: 10, refetchInterval: 15_000 };

/** `/`: what runs where, what needs attention. Runner figures come from the fleet index; host tokens refresh every 15 s while visible. */
export function OverviewPage() {
  const index = useFleetIndex();
  const hostTokens = useAllHostTokens({}, HOST_TOKENS_WALK);
  const nowMs = useNow().getTime();
  const now = useMemo(() => new Date(nowMs), [nowMs]);
  const expiring = useMemo(() => hostTokensNeedingAttention(hostTokens.tokens, now), [hostTokens.tokens, now]);
  const attention = useMemo(
    () => rankAttention(index.rows, { nowMs, runnersWithExpiringTokens: new Set(expiring.map((item) => item.token.runnerId)) }),
    [index.rows, nowMs, expiring],
  );

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
          {index.rows.length === 0 && (index.state === "indexing" || index.state === "paused") ? (
            <Card>
              <CardBody>
                <SkeletonRows rows={4} label="Loading runners" />
              </CardBody>
            </Card>
          ) : index.state === "error" && index.rows.length === 0 ? (
            <ErrorState title="Could not load runners" error={index.error} onRetry={index.resume} />
          ) : index.rows.length === 0 ? (
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
              <FleetIndexStatus index={index} />
              <RunnerCounts runners={index.rows} nowMs={nowMs} complete={index.complete} />
              <RunnersAttention items={attention} nowMs={nowMs} complete={index.complete} />
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
            <HostTokensAttention items={expiring} capped={hostTokens.capped} />
          )}
        </section>
      </div>
    </>
  );
}
