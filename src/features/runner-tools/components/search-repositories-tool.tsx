import { Code } from "@connectrpc/connect";
import { useState } from "react";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { searchQuery, searchRepositoriesRequest, type SearchQuery } from "../tool-requests";
import { hasCode } from "../../../lib/errors";
import { useSearchRepositories } from "../../../api/runners/search-repositories";
import { AuthenticateLink } from "./authenticate-link";
import { ToolAnswer, ToolError } from "./tool-answer";
import { ToolForm, type ToolValues } from "./tool-form";
import { ToolPaging } from "./tool-paging";
import { useAuthHint } from "./use-auth-hint";

const PAGE_SIZE = 10;
const FIELDS = [
  { name: "searchString", label: "Search", placeholder: "keywords, or repo:owner/name in native mode" },
  { name: "scmHost", label: "SCM host", placeholder: "all hosts" },
  {
    name: "mode",
    label: "Mode",
    options: [
      { value: "keyword", label: "Keyword" },
      { value: "native", label: "Native" },
    ],
  },
] as const;

export function SearchRepositoriesTool({ runnerId, returnTo }: { runnerId: string; returnTo: string }) {
  const search = useSearchRepositories();
  const auth = useAuthHint(runnerId);
  const [query, setQuery] = useState<SearchQuery | null>(null);
  const [pageNumber, setPageNumber] = useState(1);

  const fetchPage = async (next: SearchQuery, token: string, page: number) => {
    auth.clear();
    setQuery(next);
    setPageNumber(page);
    try {
      await search.mutateAsync(searchRepositoriesRequest(runnerId, next, PAGE_SIZE, token));
    } catch (error) {
      if (hasCode(error, Code.FailedPrecondition) && next.scmHost) await auth.lookup(next.scmHost);
    }
  };
  const submit = (values: ToolValues) => fetchPage(searchQuery(values), "", 1);
  const answer = search.data;
  const nextToken = answer?.pagination?.nextToken ?? "";

  return (
    <>
      <ToolForm
        label="Search repositories"
        fields={FIELDS}
        defaultValues={{ searchString: "", scmHost: "", mode: "keyword" }}
        onSubmit={submit}
        isSubmitting={search.isPending}
        submitLabel="Search"
        extraActions={(validated) => (
          <ShowApiCallButton
            method={RunnerService.method.searchRepositories}
            request={async () => {
              const values = await validated();
              return values && searchRepositoriesRequest(runnerId, searchQuery(values), PAGE_SIZE);
            }}
          />
        )}
      />
      <ToolAnswer>
        {search.isError ? <ToolError error={search.error} /> : null}
        {auth.hint ? <AuthenticateLink url={auth.hint.url} host={auth.hint.host} returnTo={returnTo} /> : null}
        {answer && query ? (
          answer.repositories.length === 0 ? (
            <p>No repositories found{pageNumber > 1 ? " on this page" : ""}. Searches cover hosts you are authenticated with on this runner.</p>
          ) : (
            <div className="space-y-2">
              <p className="text-slate-600 dark:text-slate-400">Page {pageNumber}</p>
              <ul aria-label="Repositories found" className="space-y-1">
                {answer.repositories.map((repo) => (
                  <li key={repo.url}>
                    <a className="text-link underline" href={repo.url} target="_blank" rel="noreferrer">
                      {repo.name}
                    </a>{" "}
                    <span className="font-mono text-xs text-slate-500">{repo.url}</span>
                  </li>
                ))}
              </ul>
            </div>
          )
        ) : null}
        {query ? (
          <ToolPaging
            pageNumber={pageNumber}
            nextToken={nextToken}
            isPending={search.isPending}
            onFirstPage={() => void fetchPage(query, "", 1)}
            onNextPage={(token) => void fetchPage(query, token, pageNumber + 1)}
          />
        ) : null}
      </ToolAnswer>
    </>
  );
}
