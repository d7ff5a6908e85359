import { useState } from "react";
import { Button } from "../../../components/ui/button";
import { EmptyState } from "../../../components/ui/empty-state";
import { PagedList } from "../../../components/ui/paged-list";
import type { HostAuthenticationToken } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { useSession } from "../../../api/session/get-session";
import { useCan } from "../../../api/session/use-can";
import { useHostTokens } from "../../../api/runner-configuration/list-host-authentication-tokens";
import { useRunnerNames } from "../../../api/fleet/use-runner-names";
import { CreateHostTokenDialog } from "./create-host-token-dialog";
import { DeleteHostTokenDialog } from "./delete-host-token-dialog";
import { HostTokensTable, subjectIdOf } from "./host-tokens-table";
import { UpdateHostTokenDialog } from "./update-host-token-dialog";

interface HostTokensListProps {
  /** Only this runner's tokens; new tokens go to it unless the runner column is shown (a filter, not a tab). */
  runnerId?: string;
  /** The org-wide page: a runner column and a runner picker in the create dialog. */
  showRunnerColumn?: boolean;
  /** Only this user's tokens (org admins; a member's list is always their own). */
  subjectId?: string;
}

/** Host tokens with create / update / delete; loading, error and empty states. Token values are write-only. */
export function HostTokensList({ runnerId, subjectId, showRunnerColumn = false }: HostTokensListProps) {
  const tokens = useHostTokens({ runnerId, subjectId });
  const runnerNames = useRunnerNames();
  const { data: session } = useSession();
  const allowed = useCan();
  const [creating, setCreating] = useState(false);
  const [updating, setUpdating] = useState<HostAuthenticationToken | null>(null);
  const [deleting, setDeleting] = useState<HostAuthenticationToken | null>(null);

  const me = session ? { id: session.subject.id, displayName: session.displayName } : undefined;
  const canManageAll = allowed("hostTokens:manageAll");
  const canManage = (token: HostAuthenticationToken) =>
    canManageAll || (me !== undefined && subjectIdOf(token) === me.id);
  const addButton = (
    <Button variant="primary" size="sm" onClick={() => setCreating(true)}>
      Add host token
    </Button>
  );

  return (
    <div className="space-y-3">
      <PagedList
        list={tokens}
        loadingLabel="Loading host tokens"
        errorTitle="Could not load host tokens"
        action={addButton}
        empty={
          <EmptyState
            title="No host tokens"
            description="A host token lets a runner reach an SCM host (GitHub, GitLab …) as a user. Connect with OAuth from an SCM integration, or add a personal access token."
            action={addButton}
          />
        }
      >
        <HostTokensTable
          label={showRunnerColumn ? "Host tokens" : "Host tokens of this runner"}
          tokens={tokens.rows}
          runnerNames={showRunnerColumn ? runnerNames : undefined}
          me={me}
          canManage={canManage}
          onUpdate={setUpdating}
          onDelete={setDeleting}
        />
      </PagedList>
      <CreateHostTokenDialog
        open={creating}
        onOpenChange={setCreating}
        fixedRunnerId={showRunnerColumn ? undefined : runnerId}
        defaultRunnerId={showRunnerColumn ? runnerId : undefined}
        canChooseSubject={canManageAll && session?.mode !== "proxy"}
      />
      <UpdateHostTokenDialog
        token={updating}
        runnerName={updating ? runnerNames.get(updating.runnerId) : undefined}
        onClose={() => setUpdating(null)}
      />
      <DeleteHostTokenDialog
        token={deleting}
        runnerName={deleting ? runnerNames.get(deleting.runnerId) : undefined}
        onClose={() => setDeleting(null)}
      />
    </div>
  );
}
