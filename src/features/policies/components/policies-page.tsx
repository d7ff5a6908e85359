import { Link } from "@tanstack/react-router";
import { runnerProviderText } from "../../../../common/enum-labels";
import { Button } from "../../../components/ui/button";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorState } from "../../../components/ui/error-state";
import { PageHeader } from "../../../components/ui/page-header";
import { SkeletonRows } from "../../../components/ui/skeleton";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
import { useCan } from "../../session/use-can";
import { useRunnerPages } from "../api/list-runners";
import { RunnerPoliciesPanel } from "./runner-policies-panel";

/** Policies are per runner in the API: walk the runners a page at a time and show who each is shared with. */
export function PoliciesPage() {
  const runnersQuery = useRunnerPages();
  const allowed = useCan();
  return (
    <>
      <PageHeader
        title="Policies"
        description="Which groups may use (User) or manage (Admin) each runner. Org admins can always do everything."
      />
      <RunnerSections query={runnersQuery} canCreateRunner={allowed("runners:create")} />
    </>
  );
}

function RunnerSections({
  query,
  canCreateRunner,
}: {
  query: ReturnType<typeof useRunnerPages>;
  canCreateRunner: boolean;
}) {
  if (query.isPending) return <SkeletonRows rows={6} label="Loading runners" />;
  if (query.isError) {
    return (
      <ErrorState
        title="Could not load runners"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  }
  const runners = query.data.pages.flatMap((page) => page.runners);
  if (runners.length === 0) {
    return (
      <EmptyState
        title="No runners to share"
        description={
          canCreateRunner
            ? "Create a runner first, then share it with groups."
            : "No runner has been shared with your groups yet."
        }
        action={
          canCreateRunner ? (
            <Link to="/runners/new" className="text-sm font-medium text-link hover:underline">
              Create a runner
            </Link>
          ) : undefined
        }
      />
    );
  }
  return (
    <div className="space-y-4">
      {runners.map((runner) => (
        <RunnerPolicyCard key={runner.runnerId} runner={runner} />
      ))}
      <div className="flex items-center gap-3">
        {query.hasNextPage ? (
          <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            Load more runners
          </Button>
        ) : null}
        <p className="text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
          {runners.length} runners loaded{query.hasNextPage ? "; more available" : ""}
        </p>
      </div>
    </div>
  );
}

function RunnerPolicyCard({ runner }: { runner: Runner }) {
  const headingId = `runner-policies-${runner.runnerId}`;
  return (
    <Card role="region" aria-labelledby={headingId}>
      <CardHeader
        title={
          <Link
            id={headingId}
            to="/runners/$runnerId"
            params={{ runnerId: runner.runnerId }}
            className="hover:underline"
          >
            {runner.name}
          </Link>
        }
        description={runnerProviderText(runner)}
      />
      <CardBody>
        <RunnerPoliciesPanel runnerId={runner.runnerId} runnerName={runner.name} />
      </CardBody>
    </Card>
  );
}
