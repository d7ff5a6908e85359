import type { ReactNode } from "react";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";

export interface PendingPolicyChange {
  kind: "remove" | "demote";
  groupId: string;
  groupName: string;
  lastAdmin: boolean;
}

interface PolicyConfirmDialogProps {
  change: PendingPolicyChange | null;
  runnerLabel: string;
  onClose: () => void;
  onConfirm: (change: PendingPolicyChange) => Promise<void>;
  /** e.g. "Show API call" for the change being confirmed. */
  extraActions?: (change: PendingPolicyChange) => ReactNode;
}

/** Confirms removing a group; removing or demoting the last Admin group must be typed out, with what it means. */
export function PolicyConfirmDialog({ change, runnerLabel, onClose, onConfirm, extraActions }: PolicyConfirmDialogProps) {
  if (!change)
    return <ConfirmDialog open={false} onOpenChange={onClose} title="" onConfirm={() => undefined} />;
  const { kind, groupName, lastAdmin } = change;
  const title = lastAdmin
    ? kind === "remove"
      ? `Remove the last Admin group from ${runnerLabel}?`
      : `Make the last Admin group a User on ${runnerLabel}?`
    : `Remove ${groupName} from ${runnerLabel}?`;
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={title}
      variant="danger"
      confirmLabel={kind === "remove" ? "Remove group" : "Change to User"}
      confirmText={lastAdmin ? groupName : undefined}
      onConfirm={() => onConfirm(change)}
      extraActions={extraActions?.(change)}
    >
      <div className="space-y-2 text-sm text-slate-700 dark:text-slate-300">
        {lastAdmin ? (
          <>
            <p>
              <strong>{groupName}</strong> is the only group with the Admin role on this runner. Afterwards no
              group can change the runner, its configuration, environment classes, SCM integrations or sharing
              — only org admins can.
            </p>
            <p>
              Members of {groupName} who are not org admins lose those rights
              {kind === "remove" ? " and access to the runner" : ""}.
            </p>
          </>
        ) : (
          <p>Members of {groupName} lose access to this runner unless another group gives it to them.</p>
        )}
      </div>
    </ConfirmDialog>
  );
}
