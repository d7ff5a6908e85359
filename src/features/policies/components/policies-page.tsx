import { useMemo, useState } from "react";
import { Button } from "../../../components/ui/button";
import { ErrorState } from "../../../components/ui/error-state";
import { FleetIndexStatus } from "../../../components/ui/fleet-index-status";
import { PageHeader } from "../../../components/ui/page-header";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { Tabs } from "../../../components/ui/tabs";
import type { Group } from "../../../gen/gitpod/v1/group_pb";
import { useCan } from "../../../api/session/use-can";
import type { PoliciesSearch } from "../policies-search";
import { PoliciesByGroup } from "./policies-by-group";
import { POLICY_ROWS_STEP, PoliciesByRunner } from "./policies-by-runner";
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
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [sharing, setSharing] = useState<{ group?: Group } | null>(null);
  const [shown, setShown] = useState(POLICY_ROWS_STEP);
  // An org admin may share any runner: the plain by-runner list reads only the sharing of the rows it shows.
  const orgWide = useCan()("policies:manage");
  const readAll = !orgWide || search.view === "groups" || search.shared !== undefined || sharing !== null;
  const { data, index, groupsQuery } = usePolicyViewData({ all: readAll, query: search.q ?? "", first: shown });
  const { runners, policies, canManage } = data;
  const shareable = useMemo(
    () => runners.filter((runner) => canManage(runner.runnerId)),
    [runners, canManage],
  );
  const mayShare = shareable.length > 0;

  const runnersFailed = index.state === "error" && index.rows.length === 0;
  let body;
  if ((index.rows.length === 0 && !index.complete && !runnersFailed) || groupsQuery.isPending)
    body = <SkeletonRows rows={6} label="Loading runners and groups" />;
  else if (groupsQuery.isError) {
    body = (
      <ErrorState
        title="Could not load groups"
        error={groupsQuery.error}
        onRetry={() => void groupsQuery.refetch()}
        retrying={groupsQuery.isRefetching}
      />
    );
  } else if (runnersFailed) {
    body = <ErrorState title="Could not load runners" error={index.error} onRetry={index.resume} />;
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
                  shown={shown}
                  onShowMore={() => setShown(shown + POLICY_ROWS_STEP)}
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
      <div className="mb-3 space-y-1">
        <FleetIndexStatus index={index} />
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {progressText(runners.length, policies.read, policies.total, policies.failed.size, !index.complete)}
        </p>
      </div>
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

function progressText(runners: number, read: number, total: number, failed: number, more: boolean): string {
  if (runners === 0) return "";
  const count = `${runners.toLocaleString("en-US")}${more ? "+" : ""} runners`;
  if (read < total)
    return `${count} · reading who they are shared with: ${read.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}…`;
  if (failed > 0) return `${count} · the sharing of ${failed} could not be read`;
  return total < runners ? `${count} · sharing read for the runners shown` : `${count} · sharing read for all`;
}
