import { useMemo, useState } from "react";
import { enumLabel, runnerRoleLabels } from "../../../../common/enum-labels";
import { Button } from "../../../components/ui/button";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorState } from "../../../components/ui/error-state";
import { ActionsHeaderCell } from "../../../components/ui/row-actions";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { Table, TableBody, TableHead, TableHeaderCell, TableRow } from "../../../components/ui/table";
import { toast } from "../../../components/ui/toast";
import { RunnerRole, RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { runnerRoleFor } from "../../../lib/permissions";
import { useSession } from "../../../api/session/get-session";
import { useCan } from "../../../api/session/use-can";
import { useDeleteRunnerPolicy } from "../../../api/runners/delete-runner-policy";
import { useAllGroups } from "../../../api/groups/list-groups";
import { useRunnerPolicies } from "../../../api/runners/list-runner-policies";
import { useUpdateRunnerPolicy } from "../../../api/runners/update-runner-policy";
import { groupsWithoutPolicy, isLastAdmin, sortPoliciesByGroupName } from "../policy-rules";
import { AddPolicyDialog } from "./add-policy-dialog";
import { PolicyConfirmDialog, type PendingPolicyChange } from "./policy-confirm-dialog";
import { ShowApiCallButton, useApiCallDialog } from "../../../components/api-call/show-api-call-button";
import { deletePolicyRequest, updatePolicyRequest } from "../policy-requests";
import { PolicyRow } from "./policy-row";

interface RunnerPoliciesPanelProps {
  runnerId: string;
  /** The runner's name for titles and messages; "this runner" when not given. */
  runnerName?: string;
}

/** The groups a runner is shared with and their roles; add, change role and remove when the caller may. */
export function RunnerPoliciesPanel({ runnerId, runnerName }: RunnerPoliciesPanelProps) {
  const runnerLabel = runnerName ?? "this runner";
  const policiesQuery = useRunnerPolicies(runnerId);
  const groupsQuery = useAllGroups();
  const { data: session } = useSession();
  const allowed = useCan();
  const updatePolicy = useUpdateRunnerPolicy();
  const deletePolicy = useDeleteRunnerPolicy();
  const [adding, setAdding] = useState(false);
  const [pending, setPending] = useState<PendingPolicyChange | null>(null);
  const apiCall = useApiCallDialog();

  const { policies } = policiesQuery;
  const groupNames = useMemo(
    () => new Map(groupsQuery.groups.map((g) => [g.id, g.name])),
    [groupsQuery.groups],
  );
  const sorted = useMemo(() => sortPoliciesByGroupName(policies, groupNames), [policies, groupNames]);
  const runnerRole = session ? runnerRoleFor(session, policies) : RunnerRole.UNSPECIFIED;
  const canManage = allowed("policies:manage", { runnerRole }) && policiesQuery.complete;
  const busy = updatePolicy.isPending || deletePolicy.isPending;

  if (policiesQuery.isPending)
    return <SkeletonRows rows={3} label={`Loading the groups ${runnerLabel} is shared with`} />;
  if (policiesQuery.isError) {
    return (
      <ErrorState
        title={`Could not load who ${runnerLabel} is shared with`}
        error={policiesQuery.error}
        onRetry={() => void policiesQuery.refetch()}
        retrying={policiesQuery.isRefetching}
      />
    );
  }

  const nameOf = (groupId: string) => groupNames.get(groupId) ?? "Unknown group";
  const changeRole = async (groupId: string, role: RunnerRole) => {
    await updatePolicy.mutateAsync(updatePolicyRequest(runnerId, groupId, role));
    toast.success(`${nameOf(groupId)} is now ${enumLabel(runnerRoleLabels, role)} on ${runnerLabel}`);
  };
  const remove = async (groupId: string) => {
    await deletePolicy.mutateAsync(deletePolicyRequest(runnerId, groupId));
    toast.success(`Removed ${nameOf(groupId)} from ${runnerLabel}`);
  };
  const requestRoleChange = (groupId: string, role: RunnerRole) => {
    if (role === RunnerRole.USER && isLastAdmin(policies, groupId)) {
      setPending({ kind: "demote", groupId, groupName: nameOf(groupId), lastAdmin: true });
      return;
    }
    changeRole(groupId, role).catch((error: unknown) =>
      toast.error(`Could not change the role of ${nameOf(groupId)}`, error),
    );
  };

  // One name per runner: the policies page lists many runners, each with its own "Add group".
  const addButton = canManage ? (
    <Button size="sm" onClick={() => setAdding(true)} aria-label={`Add group to ${runnerLabel}`}>
      Add group
    </Button>
  ) : undefined;
  return (
    <div className="space-y-3">
      {sorted.length === 0 ? (
        <EmptyState
          className="py-5"
          title={`${runnerName ?? "This runner"} is not shared with any group`}
          description={
            canManage
              ? "Share it with a group so its members can use or manage it."
              : "Only org admins can use it."
          }
          action={addButton}
        />
      ) : (
        <Table label={`Groups with access to ${runnerLabel}`}>
          <TableHead>
            <TableRow>
              <TableHeaderCell>Group</TableHeaderCell>
              <TableHeaderCell>Role</TableHeaderCell>
              {canManage ? <ActionsHeaderCell /> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((policy) => (
              <PolicyRow
                key={policy.groupId}
                policy={policy}
                groupName={groupNames.get(policy.groupId)}
                canManage={canManage}
                busy={busy}
                onChangeRole={(role) => requestRoleChange(policy.groupId, role)}
                onShowApiCall={() => {
                  const other = policy.role === RunnerRole.ADMIN ? RunnerRole.USER : RunnerRole.ADMIN;
                  void apiCall.show(
                    RunnerService.method.updateRunnerPolicy,
                    updatePolicyRequest(runnerId, policy.groupId, other),
                    `Choosing ${enumLabel(runnerRoleLabels, other)} as the role of ${nameOf(policy.groupId)} sends this request. Remove sends DeleteRunnerPolicy (its confirmation shows it).`,
                  );
                }}
                onRemove={() =>
                  setPending({
                    kind: "remove",
                    groupId: policy.groupId,
                    groupName: nameOf(policy.groupId),
                    lastAdmin: isLastAdmin(policies, policy.groupId),
                  })
                }
              />
            ))}
          </TableBody>
        </Table>
      )}
      {sorted.length > 0 ? addButton : null}
      {canManage ? (
        <AddPolicyDialog
          open={adding}
          onOpenChange={setAdding}
          runnerId={runnerId}
          runnerLabel={runnerLabel}
          groups={groupsWithoutPolicy(groupsQuery.groups, policies)}
        />
      ) : null}
      <PolicyConfirmDialog
        change={pending}
        runnerLabel={runnerLabel}
        onClose={() => setPending(null)}
        onConfirm={(change) =>
          change.kind === "remove" ? remove(change.groupId) : changeRole(change.groupId, RunnerRole.USER)
        }
        extraActions={(change) =>
          change.kind === "remove" ? (
            <ShowApiCallButton method={RunnerService.method.deleteRunnerPolicy} request={() => deletePolicyRequest(runnerId, change.groupId)} />
          ) : (
            <ShowApiCallButton
              method={RunnerService.method.updateRunnerPolicy}
              request={() => updatePolicyRequest(runnerId, change.groupId, RunnerRole.USER)}
            />
          )
        }
      />
      {apiCall.dialog}
    </div>
  );
}
