import { useMemo, useState, type FormEvent } from "react";
import { enumLabel, runnerRoleLabels } from "../../../../common/enum-labels";
import { useShareRunners, type ShareRequest, type ShareResult } from "../../../api/runners/create-runner-policy";
import { Button } from "../../../components/ui/button";
import { Dialog } from "../../../components/ui/dialog";
import { Field } from "../../../components/ui/field";
import { FormFooter } from "../../../components/ui/form-footer";
import { Combobox } from "../../../components/ui/combobox";
import { Select } from "../../../components/ui/select";
import { useSingleFlight } from "../../../lib/use-single-flight";
import type { Group } from "../../../gen/gitpod/v1/group_pb";
import { RunnerService, type RunnerPolicy } from "../../../gen/gitpod/v1/runner_pb";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { createPolicyRequest } from "../policy-requests";
import { groupChoices, roleFromValue, roleOptions, type AddPolicyValues } from "./add-policy-form";
import { RunnerChecklist } from "./runner-checklist";
import { ShareResults } from "./share-results";

interface ShareRunnersDialogProps {
  open: boolean;
  onClose: () => void;
  /** The runners the caller may share. */
  runners: ReadonlyArray<{ runnerId: string; name: string }>;
  groups: readonly Group[];
  /** Runners chosen when the dialog opens (e.g. the rows selected in the list). */
  initialRunnerIds?: ReadonlySet<string>;
  /** Share with this group only (the by-group view). */
  fixedGroup?: Group;
  byRunner: ReadonlyMap<string, readonly RunnerPolicy[]>;
}

/** Several runners with one group and one role at once; then each runner's result. */
export function ShareRunnersDialog(props: ShareRunnersDialogProps) {
  const { open, onClose, fixedGroup } = props;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : onClose())}
      size="lg"
      title={fixedGroup ? `Share runners with ${fixedGroup.name}` : "Share runners with a group"}
      description="Members of the group get the role on each chosen runner: User may use it, Admin may also change and share it."
    >
      {open ? <ShareRunnersForm {...props} /> : null}
    </Dialog>
  );
}

function ShareRunnersForm({
  onClose,
  runners,
  groups,
  initialRunnerIds,
  fixedGroup,
  byRunner,
}: ShareRunnersDialogProps) {
  const share = useShareRunners();
  const [groupId, setGroupId] = useState(fixedGroup?.id ?? "");
  const [role, setRole] = useState<AddPolicyValues["role"]>("USER");
  const [selected, setSelected] = useState<ReadonlySet<string>>(initialRunnerIds ?? new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const [results, setResults] = useState<ShareResult[] | null>(null);

  const groupOptions = useMemo(() => groupChoices(groups), [groups]);
  const group = fixedGroup ?? groups.find((candidate) => candidate.id === groupId);
  const runnerNames = useMemo(
    () => new Map(runners.map((runner) => [runner.runnerId, runner.name])),
    [runners],
  );
  // Runners the chosen group already has a role on: shown, not offered.
  const alreadyShared = useMemo(() => {
    const notes = new Map<string, string>();
    for (const runner of runners) {
      const policy = byRunner.get(runner.runnerId)?.find((candidate) => candidate.groupId === groupId);
      if (policy) notes.set(runner.runnerId, `already ${enumLabel(runnerRoleLabels, policy.role)}`);
    }
    return notes;
  }, [runners, byRunner, groupId]);
  const chosen = [...selected].filter((runnerId) => !alreadyShared.has(runnerId));
  const roleLabel = enumLabel(runnerRoleLabels, roleFromValue[role]);
  // A second Share while one is in flight is dropped: a double click creates each policy once.
  const send = useSingleFlight(async (request: ShareRequest) => {
    try {
      setResults(await share.mutateAsync(request));
    } catch {
      // share.error is shown in the form
    }
  });
  const first = chosen[0];

  if (results && group) {
    return (
      <div className="space-y-4">
        <ShareResults
          results={results}
          runnerNames={runnerNames}
          groupName={group.name}
          roleLabel={roleLabel}
        />
        <div className="flex justify-end">
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        </div>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!group) return setProblem("Choose a group.");
    if (chosen.length === 0)
      return setProblem("Choose at least one runner that the group has no role on yet.");
    setProblem(null);
    void send(chosen.map((runnerId) => ({ ...createPolicyRequest(runnerId, group.id, roleFromValue[role]), runnerId })));
  };

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {fixedGroup ? null : (
        <Field label="Group" required>
          <Combobox
            placeholder="Search groups by name"
            options={groupOptions}
            value={groupId}
            onChange={setGroupId}
            noMatchText="No group has this name"
          />
        </Field>
      )}
      <Field label="Role" required>
        <Select
          options={roleOptions}
          value={role}
          onChange={(event) => setRole(event.target.value === "ADMIN" ? "ADMIN" : "USER")}
        />
      </Field>
      <RunnerChecklist
        runners={runners}
        selected={selected}
        onChange={setSelected}
        disabledNote={alreadyShared}
      />
      {problem ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {problem}
        </p>
      ) : null}
      <FormFooter
        onCancel={onClose}
        isSubmitting={share.isPending}
        error={share.error}
        submitLabel={`Share ${chosen.length} ${chosen.length === 1 ? "runner" : "runners"}`}
        extraActions={
          group && first !== undefined ? (
            <ShowApiCallButton
              method={RunnerService.method.createRunnerPolicy}
              request={() => createPolicyRequest(first, group.id, roleFromValue[role])}
              note={`Sent once per runner, ${chosen.length} in all, one after another: each request is this one with that runner's runnerId (shown here for ${runnerNames.get(first) ?? first}).`}
            />
          ) : null
        }
      />
    </form>
  );
}
