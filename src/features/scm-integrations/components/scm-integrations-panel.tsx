import { ScmIntegrationsList } from "./scm-integrations-list";

/** A runner's SCM integrations (the runner detail tab): the same list and flows as the SCM integrations page. */
export function ScmIntegrationsPanel({ runnerId }: { runnerId: string }) {
  return <ScmIntegrationsList runnerIds={[runnerId]} fixedRunnerId={runnerId} />;
}
