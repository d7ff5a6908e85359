import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { CheckAuthTool } from "./check-auth-tool";
import { ParseContextTool } from "./parse-context-tool";
import { RepositoryAccessTool } from "./repository-access-tool";
import { ScmOrganizationsTool } from "./scm-organizations-tool";
import { SearchRepositoriesTool } from "./search-repositories-tool";

interface RunnerToolsPanelProps {
  runnerId: string;
  /** Console path the "Authenticate" links come back to (this tab). */
  returnTo: string;
}

function ToolCard({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader title={title} description={description} />
      <CardBody>{children}</CardBody>
    </Card>
  );
}

/** The five SCM tools of a runner, each a small form with its answer. */
export function RunnerToolsPanel({ runnerId, returnTo }: RunnerToolsPanelProps) {
  const props = { runnerId, returnTo };
  return (
    <div className="space-y-4">
      <ToolCard title="Check authentication for a host" description="Can you reach this SCM host through the runner?">
        <CheckAuthTool {...props} />
      </ToolCard>
      <ToolCard title="Check repository access" description="Can your SCM account read this repository?">
        <RepositoryAccessTool {...props} />
      </ToolCard>
      <ToolCard title="Parse a context URL" description="What the runner makes of a repository, branch, commit, pull request or issue URL.">
        <ParseContextTool {...props} />
      </ToolCard>
      <ToolCard title="Search repositories" description="Repositories you can read on hosts you are authenticated with.">
        <SearchRepositoriesTool {...props} />
      </ToolCard>
      <ToolCard title="List SCM organizations" description="Organizations your account belongs to on an SCM host.">
        <ScmOrganizationsTool {...props} />
      </ToolCard>
    </div>
  );
}
