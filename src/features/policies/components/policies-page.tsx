import { Link } from "@tanstack/react-router";
import { runnerProviderText } from "../../../../common/enum-labels";
import { LoadMoreButton } from "../../../components/ui/paged-list";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorState } from "../../../components/ui/error-state";
import { PageHeader } from "../../../components/ui/page-header";
import { SkeletonRows } from "../../../components/ui/skeleton";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
import { useCan } from "../../../api/session/use-can";
import { useRunnerList } from "../../../api/runners/list-runners";
import { RunnerPoliciesPanel } from "./runner-policies-panel";

const POLICY_RUNNERS_PAGE_SIZE = 10;

/** Policies are per runner in the API: walk the runners a page at a time and show who each is shared with. */
export function PoliciesPage() {
  const runnersQuery = useRunnerList({ pageSize: POLICY_RUNNERS_PAGE_SIZE });
  const allowed = useCan();
  return (
    <>
      <PageHeader
        title="Policies"
        description="Which groups may use (User) or manage (Admin) each runner. Org admins can always do everything."
      />
      <RunnerSections list={runnersQuery} canCreateRunner={allowed("runners:create")} />
    </>
  );
}

function RunnerSections({
  list,
  canCreateRunner,
}: {
  list: ReturnType<typeof useRunnerList>;
  canCreateRunner: boolean;
}) {
  const { rows: runners, state } = list;
  if (state.isPending) return <SkeletonRows rows={6} label="Loading runners" />;
  if (state.isError && state.pagesLoaded === 0) {
    return (
      <ErrorState
        title="Could not load runners"
        error={state.error}
        onRetry={state.retry}
        retrying={state.isRefetching}
      />
    );
  }
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
        <LoadMoreButton list={list} label="Load more runners" />
        <p className="text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
          {runners.length} runners loaded{state.hasNextPage ? "; more available" : ""}
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
