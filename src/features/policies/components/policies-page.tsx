import { useMemo, useState } from "react";
import { Button } from "../../../components/ui/button";
import { ErrorState } from "../../../components/ui/error-state";
import { PageHeader } from "../../../components/ui/page-header";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { Tabs } from "../../../components/ui/tabs";
import type { Group } from "../../../gen/gitpod/v1/group_pb";
import type { PoliciesSearch } from "../policies-search";
import { PoliciesByGroup } from "./policies-by-group";
import { PoliciesByRunner } from "./policies-by-runner";
import { PolicyFilters } from "./policy-filters";
import { usePolicyViewData } from "./policy-view-data";
import { ShareRunnersDialog } from "./share-runners-dialog";

interface PoliciesPageProps {
  search: PoliciesSearch;
  onSearchChange: (patch: Partial<PoliciesSearch>) => void;
}

/**
 * Who may use or manage which runner, by runner or by group. The API keeps policies per runner, so the page reads
 * every runner's policies (a few at a time) and says how far it got.
 */
export function PoliciesPage({ search, onSearchChange }: PoliciesPageProps) {
  const { data, runnersQuery, groupsQuery } = usePolicyViewData();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [sharing, setSharing] = useState<{ group?: Group } | null>(null);
  const { runners, policies, canManage } = data;
  const shareable = useMemo(
    () => runners.filter((runner) => canManage(runner.runnerId)),
    [runners, canManage],
  );
  const mayShare = shareable.length > 0;

  const failed =
    runnersQuery.isError && runnersQuery.runners.length === 0
      ? runnersQuery
      : groupsQuery.isError
        ? groupsQuery
        : null;
  let body;
  if (runnersQuery.isPending || groupsQuery.isPending)
    body = <SkeletonRows rows={6} label="Loading runners and groups" />;
  else if (failed) {
    body = (
      <ErrorState
        title={failed === groupsQuery ? "Could not load groups" : "Could not load runners"}
        error={failed.error}
        onRetry={() => void failed.refetch()}
        retrying={failed.isRefetching}
      />
    );
  } else {
    body = (
      <Tabs
        label="Policies views"
        value={search.view}
        onValueChange={(view) => onSearchChange({ view: view === "groups" ? "groups" : "runners" })}
        items={[
          {
            id: "runners",
            label: "By runner",
            content: (
              <div className="space-y-4">
                <PolicyFilters search={search} onSearchChange={onSearchChange}>
                  {mayShare ? (
                    <Button variant="primary" onClick={() => setSharing({})}>
                      {selected.size > 0
                        ? `Share ${selected.size} selected with a group`
                        : "Share runners with a group"}
                    </Button>
                  ) : null}
                </PolicyFilters>
                <PoliciesByRunner
                  data={data}
                  query={search.q ?? ""}
                  shared={search.shared}
                  selected={selected}
                  onSelectedChange={setSelected}
                />
              </div>
            ),
          },
          {
            id: "groups",
            label: "By group",
            content: (
              <PoliciesByGroup
                data={data}
                onShare={mayShare ? (group) => setSharing({ group }) : undefined}
              />
            ),
          },
        ]}
      />
    );
  }

  return (
    <>
      <PageHeader
        title="Policies"
        description="Which groups may use (User) or manage (Admin) each runner. Org admins can always do everything."
      />
      <p role="status" className="mb-3 text-sm text-slate-600 dark:text-slate-400">
        {progressText(runners.length, policies.read, policies.failed.size, runnersQuery.capped)}
      </p>
      {body}
      <ShareRunnersDialog
        open={sharing !== null}
        onClose={() => setSharing(null)}
        runners={shareable}
        groups={data.groups}
        fixedGroup={sharing?.group}
        initialRunnerIds={sharing?.group ? undefined : selected}
        byRunner={policies.byRunner}
      />
    </>
  );
}

function progressText(runners: number, read: number, failed: number, capped: boolean): string {
  if (runners === 0) return "";
  const count = `${runners.toLocaleString()}${capped ? "+" : ""} runners`;
  if (read < runners)
    return `${count} · reading who they are shared with: ${read.toLocaleString()} of ${runners.toLocaleString()}…`;
  return failed > 0
    ? `${count} · the sharing of ${failed} could not be read`
    : `${count} · sharing read for all`;
}
