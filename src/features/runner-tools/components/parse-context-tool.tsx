import { Code, ConnectError } from "@connectrpc/connect";
import type { ReactNode } from "react";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { ParseContextURLPreconditionFailureDetailsSchema, RunnerService, type ParseContextURLResponse } from "../../../gen/gitpod/v1/runner_pb";
import { parseContextRequest } from "../tool-requests";
import { useParseContextUrl } from "../../../api/runners/parse-context-url";
import { AuthenticateLink } from "./authenticate-link";
import { ToolAnswer, ToolError } from "./tool-answer";
import { ToolForm, type ToolValues } from "./tool-form";
import { hostOf } from "./use-auth-hint";

const FIELDS = [{ name: "contextUrl", label: "Context URL", type: "url", required: true, placeholder: "https://github.com/owner/repo/pull/1" }] as const;

/** The authentication-needed detail of a failed_precondition answer, if it has one. */
function preconditionDetails(error: unknown) {
  if (!(error instanceof ConnectError) || error.code !== Code.FailedPrecondition) return undefined;
  return error.findDetails(ParseContextURLPreconditionFailureDetailsSchema)[0];
}

export function ParseContextTool({ runnerId, returnTo }: { runnerId: string; returnTo: string }) {
  const parse = useParseContextUrl();
  const details = preconditionDetails(parse.error);
  const host = hostOf(parse.variables?.contextUrl ?? "");
  return (
    <>
      <ToolForm
        label="Parse a context URL"
        fields={FIELDS}
        defaultValues={{ contextUrl: "" }}
        onSubmit={(values: ToolValues) => parse.mutate(parseContextRequest(runnerId, values))}
        extraActions={(validated) => (
          <ShowApiCallButton
            method={RunnerService.method.parseContextURL}
            request={async () => {
              const values = await validated();
              return values && parseContextRequest(runnerId, values);
            }}
          />
        )}
        isSubmitting={parse.isPending}
        submitLabel="Parse"
      />
      <ToolAnswer>
        {parse.isError ? <ToolError error={parse.error} /> : null}
        {details ? (
          <div className="mt-2 space-y-2">
            <p>Authentication with {host || "the host"} is needed to read this context.</p>
            {details.authenticationRequiredUrl ? (
              <AuthenticateLink url={details.authenticationRequiredUrl} host={host} returnTo={returnTo} />
            ) : (
              <p className="text-slate-600 dark:text-slate-400">No runner offers OAuth for this host: add a personal access token under Host tokens.</p>
            )}
          </div>
        ) : null}
        {parse.data && !parse.isPending ? <ParsedContext answer={parse.data} /> : null}
      </ToolAnswer>
    </>
  );
}

function ParsedContext({ answer }: { answer: ParseContextURLResponse }) {
  const git = answer.git;
  const pr = answer.pullRequest;
  const rows: Array<[string, ReactNode]> = [
    ["SCM", answer.scmId],
    ["Host", git?.host],
    ["Repository", git ? `${git.owner}/${git.repo}` : ""],
    ["Branch", git?.branch],
    ["Tag", git?.tag],
    ["Commit", git?.commit],
    ["Clone URL", git?.cloneUrl],
    ["Pull request", pr?.id ? `#${pr.id} ${pr.title} (${pr.fromBranch} → ${pr.toBranch})` : ""],
    ["Issue", answer.issue?.id ? `#${answer.issue.id} ${answer.issue.title}` : ""],
    ["Projects", answer.projectIds.join(", ")],
    ["Recommended environment classes", answer.recommendedEnvironmentClasses.join(", ")],
  ];
  return (
    <dl aria-label="Parsed context" className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="font-mono text-xs leading-5 break-all">{value}</dd>
          </div>
        ))}
    </dl>
  );
}
