import { useState } from "react";
import { Button } from "../../../components/ui/button";
import { EmptyState } from "../../../components/ui/empty-state";
import { PagedList } from "../../../components/ui/paged-list";
import type { SCMIntegration } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { useSession } from "../../../api/session/get-session";
import { useCan } from "../../../api/session/use-can";
import { useScmIntegrations } from "../../../api/runner-configuration/list-scm-integrations";
import { useRunnerNames } from "../../../api/fleet/use-runner-names";
import { DeleteScmIntegrationDialog } from "./delete-scm-integration-dialog";
import { ScmIntegrationDialog } from "./scm-integration-dialog";
import { ScmIntegrationsTable } from "./scm-integrations-table";

interface ScmIntegrationsListProps {
  /** Only these runners' integrations (none: all the caller can see). */
  runnerIds: readonly string[];
  /** A runner's own tab: new integrations go to it, and the runner column is left out. */
  fixedRunnerId?: string;
}

/** SCM integrations with create / edit / delete for those who may manage them; read-only for members. */
export function ScmIntegrationsList({ runnerIds, fixedRunnerId }: ScmIntegrationsListProps) {
  const integrations = useScmIntegrations(runnerIds);
  const runnerNames = useRunnerNames();
  const { data: session } = useSession();
  const allowed = useCan();
  const [editing, setEditing] = useState<SCMIntegration | "new" | null>(null);
  const [deleting, setDeleting] = useState<SCMIntegration | null>(null);

  const canManage = allowed("scmIntegrations:manage");
  const me = session ? { id: session.subject.id, displayName: session.displayName } : undefined;
  const addButton = canManage ? (
    <Button variant="primary" size="sm" onClick={() => setEditing("new")}>
      New SCM integration
    </Button>
  ) : null;

  return (
    <div className="space-y-3">
      <PagedList
        list={integrations}
        loadingLabel="Loading SCM integrations"
        errorTitle="Could not load SCM integrations"
        action={addButton}
        empty={
          <EmptyState
            title="No SCM integrations"
            description={
              canManage
                ? "Add one so the runner can reach GitHub, GitLab, Bitbucket or Azure DevOps with OAuth or personal access tokens."
                : "An org admin or a runner admin can add one."
            }
            action={addButton}
          />
        }
      >
        <ScmIntegrationsTable
          label={fixedRunnerId ? "SCM integrations of this runner" : "SCM integrations"}
          integrations={integrations.rows}
          runnerNames={fixedRunnerId ? undefined : runnerNames}
          canManage={canManage}
          onEdit={setEditing}
          onDelete={setDeleting}
        />
      </PagedList>
      {canManage ? (
        <ScmIntegrationDialog
          // A fresh dialog per target, so its runner and form start from that integration.
          key={editing === null || editing === "new" ? "new" : editing.id}
          open={editing !== null}
          onOpenChange={(open) => (open ? undefined : setEditing(null))}
          integration={editing === null || editing === "new" ? undefined : editing}
          runnerNames={runnerNames}
          fixedRunnerId={fixedRunnerId}
        />
      ) : null}
      <DeleteScmIntegrationDialog
        integration={deleting}
        runnerName={deleting ? runnerNames.get(deleting.runnerId) : undefined}
        me={me}
        seesAllTokens={allowed("hostTokens:manageAll")}
        onClose={() => setDeleting(null)}
      />
    </div>
  );
}
