import { useState } from "react";
import { Button } from "../../../components/ui/button";
import { EmptyState } from "../../../components/ui/empty-state";
import { PagedList } from "../../../components/ui/paged-list";
import type { LLMIntegration } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { useLlmIntegrations } from "../../../api/runner-configuration/list-llm-integrations";
import { useRunnerNames } from "../../../api/fleet/use-runner-names";
import { useCan } from "../../../api/session/use-can";
import { useRunnerRole } from "../../../api/session/use-runner-role";
import { DeleteLlmIntegrationDialog } from "./delete-llm-integration-dialog";
import { LlmIntegrationDialog } from "./llm-integration-dialog";
import { LlmIntegrationsTable } from "./llm-integrations-table";

interface LlmIntegrationsListProps {
  /** Only these runners' integrations (none: all the caller can see). */
  runnerIds: readonly string[];
  /** A runner's own tab: new integrations go to it, and the runner column is left out. */
  fixedRunnerId?: string;
}

/** LLM integrations with create / edit / delete for those who may manage them; read-only for runner users. */
export function LlmIntegrationsList({ runnerIds, fixedRunnerId }: LlmIntegrationsListProps) {
  const integrations = useLlmIntegrations(runnerIds);
  const runnerNames = useRunnerNames();
  const allowed = useCan();
  const runnerRole = useRunnerRole(fixedRunnerId);
  const [editing, setEditing] = useState<LLMIntegration | "new" | null>(null);
  const [deleting, setDeleting] = useState<LLMIntegration | null>(null);

  const canManage = allowed("llmIntegrations:manage", { runnerRole });
  const addButton = canManage ? (
    <Button variant="primary" size="sm" onClick={() => setEditing("new")}>
      New LLM integration
    </Button>
  ) : null;

  return (
    <div className="space-y-3">
      <PagedList
        list={integrations}
        loadingLabel="Loading LLM integrations"
        errorTitle="Could not load LLM integrations"
        action={addButton}
        empty={
          <EmptyState
            title="No LLM integrations"
            description={
              canManage
                ? "Add one so agents on the runner can use Anthropic or OpenAI models with your own API key."
                : "An org admin or a runner admin can add one."
            }
            action={addButton}
          />
        }
      >
        <LlmIntegrationsTable
          label={fixedRunnerId ? "LLM integrations of this runner" : "LLM integrations"}
          integrations={integrations.rows}
          runnerNames={fixedRunnerId ? undefined : runnerNames}
          canManage={canManage}
          onEdit={setEditing}
          onDelete={setDeleting}
        />
      </PagedList>
      {canManage ? (
        <LlmIntegrationDialog
          // A fresh dialog per target, so its form starts from that integration.
          key={editing === null || editing === "new" ? "new" : editing.id}
          open={editing !== null}
          onClose={() => setEditing(null)}
          integration={editing === null || editing === "new" ? undefined : editing}
          runnerNames={runnerNames}
          fixedRunnerId={fixedRunnerId}
        />
      ) : null}
      <DeleteLlmIntegrationDialog
        integration={deleting}
        runnerName={deleting ? runnerNames.get(deleting.runnerId) : undefined}
        onClose={() => setDeleting(null)}
      />
    </div>
  );
}
