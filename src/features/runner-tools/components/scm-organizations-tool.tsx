import { Code } from "@connectrpc/connect";
import { useState } from "react";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { hasCode } from "../../../lib/errors";
import { scmOrganizationsQuery, scmOrganizationsRequest, type ScmOrganizationsQuery } from "../tool-requests";
import { useListScmOrganizations } from "../../../api/runners/list-scm-organizations";
import { AuthenticateLink } from "./authenticate-link";
import { ToolAnswer, ToolError } from "./tool-answer";
import { ToolForm, type ToolValues } from "./tool-form";
import { ToolPaging } from "./tool-paging";
import { useAuthHint } from "./use-auth-hint";

const PAGE_SIZE = 25;
const FIELDS = [
  { name: "scmHost", label: "SCM host", required: true, placeholder: "github.com" },
  { name: "query", label: "Name contains", placeholder: "optional" },
] as const;

export function ScmOrganizationsTool({ runnerId, returnTo }: { runnerId: string; returnTo: string }) {
  const list = useListScmOrganizations();
  const auth = useAuthHint(runnerId);
  const [request, setRequest] = useState<ScmOrganizationsQuery | null>(null);
  const [pageNumber, setPageNumber] = useState(1);

  const fetchPage = async (next: ScmOrganizationsQuery, token: string, page: number) => {
    auth.clear();
    setRequest(next);
    setPageNumber(page);
    try {
      await list.mutateAsync(scmOrganizationsRequest(runnerId, next, PAGE_SIZE, token));
    } catch (error) {
      if (hasCode(error, Code.FailedPrecondition)) await auth.lookup(next.scmHost);
    }
  };
  const answer = list.data;
  const nextToken = answer?.pagination?.nextToken ?? "";

  return (
    <>
      <ToolForm
        label="List SCM organizations"
        fields={FIELDS}
        defaultValues={{ scmHost: "github.com", query: "" }}
        onSubmit={(values: ToolValues) => fetchPage(scmOrganizationsQuery(values), "", 1)}
        extraActions={(validated) => (
          <ShowApiCallButton
            method={RunnerService.method.listSCMOrganizations}
            request={async () => {
              const values = await validated();
              return values && scmOrganizationsRequest(runnerId, scmOrganizationsQuery(values), PAGE_SIZE);
            }}
          />
        )}
        isSubmitting={list.isPending}
        submitLabel="List organizations"
      />
      <ToolAnswer>
        {list.isError ? <ToolError error={list.error} /> : null}
        {auth.hint ? <AuthenticateLink url={auth.hint.url} host={auth.hint.host} returnTo={returnTo} /> : null}
        {answer && request ? (
          answer.organizations.length === 0 ? (
            <p>No organizations found.</p>
          ) : (
            <ul aria-label="Organizations" className="space-y-1">
              {answer.organizations.map((org) => (
                <li key={org.url || org.name}>
                  <a className="text-link underline" href={org.url} target="_blank" rel="noreferrer">
                    {org.name}
                  </a>
                </li>
              ))}
            </ul>
          )
        ) : null}
        {request ? (
          <ToolPaging
            pageNumber={pageNumber}
            nextToken={nextToken}
            isPending={list.isPending}
            onFirstPage={() => void fetchPage(request, "", 1)}
            onNextPage={(token) => void fetchPage(request, token, pageNumber + 1)}
          />
        ) : null}
      </ToolAnswer>
    </>
  );
}
