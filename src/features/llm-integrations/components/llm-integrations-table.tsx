import { llmHeaderTypeLabels, llmModelLabel, llmPhaseLabels, llmProviderLabels } from "../../../../common/llm-models";
import { Badge, type BadgeTone } from "../../../components/ui/badge";
import { NameOrIdCell } from "../../../components/ui/name-or-id-cell";
import { ActionsHeaderCell, RowActionsCell } from "../../../components/ui/row-actions";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "../../../components/ui/table";
import { LLMIntegrationPhase } from "../../../gen/gitpod/v1/model_pb";
import type { LLMIntegration } from "../../../gen/gitpod/v1/runner_configuration_pb";

interface LlmIntegrationsTableProps {
  label: string;
  integrations: readonly LLMIntegration[];
  /** Runner names by id; the runner column is left out when not given (a runner's own tab). */
  runnerNames?: ReadonlyMap<string, string>;
  canManage: boolean;
  onEdit: (integration: LLMIntegration) => void;
  onDelete: (integration: LLMIntegration) => void;
}

const PHASE_TONES: Record<LLMIntegrationPhase, BadgeTone> = {
  [LLMIntegrationPhase.LLM_INTEGRATION_PHASE_UNSPECIFIED]: "muted",
  [LLMIntegrationPhase.LLM_INTEGRATION_PHASE_AVAILABLE]: "success",
  [LLMIntegrationPhase.LLM_INTEGRATION_PHASE_UNAVAILABLE]: "warning",
  [LLMIntegrationPhase.LLM_INTEGRATION_PHASE_DISABLED]: "muted",
};

/** Provider, models, endpoint, API key (only "set"), token limit, request headers (names), status, runner. */
export function LlmIntegrationsTable({ label, integrations, runnerNames, canManage, onEdit, onDelete }: LlmIntegrationsTableProps) {
  return (
    <Table label={label}>
      <TableHead>
        <TableRow>
          <TableHeaderCell>Provider</TableHeaderCell>
          <TableHeaderCell>Models</TableHeaderCell>
          <TableHeaderCell>Endpoint</TableHeaderCell>
          <TableHeaderCell>API key</TableHeaderCell>
          <TableHeaderCell>Max tokens</TableHeaderCell>
          <TableHeaderCell>Request headers</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          {runnerNames ? <TableHeaderCell>Runner</TableHeaderCell> : null}
          {canManage ? <ActionsHeaderCell /> : null}
        </TableRow>
      </TableHead>
      <TableBody>
        {integrations.map((integration) => {
          const runnerName = runnerNames?.get(integration.runnerId);
          const provider = llmProviderLabels[integration.provider] ?? "Unknown";
          const name = `${provider} integration${runnerName ? ` on ${runnerName}` : ""}`;
          return (
            <TableRow key={integration.id}>
              <TableCell className="font-medium whitespace-nowrap">{provider}</TableCell>
              <TableCell>
                <ul className="flex flex-wrap gap-1" aria-label={`Models of the ${name}`}>
                  {integration.models.map((model) => (
                    <li key={model}>
                      <Badge tone="info">{llmModelLabel(model)}</Badge>
                    </li>
                  ))}
                </ul>
              </TableCell>
              <TableCell className="max-w-56 break-all">
                {integration.endpoint || <span className="text-slate-600 dark:text-slate-400">Provider default</span>}
              </TableCell>
              <TableCell className="whitespace-nowrap">{integration.encryptedApiKey.length > 0 ? "set" : "not set"}</TableCell>
              <TableCell className="whitespace-nowrap">
                {integration.maxTokens === 0n ? "Provider default" : integration.maxTokens.toLocaleString("en-US")}
              </TableCell>
              <TableCell>
                {integration.requestHeaders.length === 0 ? (
                  <span className="text-slate-600 dark:text-slate-400">None</span>
                ) : (
                  <ul className="space-y-0.5 text-xs">
                    {integration.requestHeaders.map((header) => (
                      <li key={header.key}>
                        <span className="font-mono">{header.key}</span>{" "}
                        <span className="text-slate-600 dark:text-slate-400">({llmHeaderTypeLabels[header.headerType] ?? "Unknown"})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </TableCell>
              <TableCell>
                <Badge tone={PHASE_TONES[integration.phase] ?? "muted"}>{llmPhaseLabels[integration.phase] ?? "Unknown"}</Badge>
                {integration.phaseReason ? (
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{integration.phaseReason}</span>
                ) : null}
              </TableCell>
              {runnerNames ? <NameOrIdCell name={runnerName} id={integration.runnerId} /> : null}
              {canManage ? (
                <RowActionsCell
                  itemName={name}
                  actions={[
                    { label: "Edit", onClick: () => onEdit(integration) },
                    { label: "Delete", onClick: () => onDelete(integration) },
                  ]}
                />
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
