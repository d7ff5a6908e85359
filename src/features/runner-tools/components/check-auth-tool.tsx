import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { checkAuthRequest } from "../tool-requests";
import { useCheckAuthenticationForHost } from "../../../api/runners/check-authentication-for-host";
import { useOwnHostTokenExpired } from "../../../api/runner-configuration/list-host-authentication-tokens";
import { AuthenticateLink } from "./authenticate-link";
import { ToolAnswer, ToolError } from "./tool-answer";
import { ToolForm, type ToolValues } from "./tool-form";

const FIELDS = [{ name: "host", label: "Host", required: true, placeholder: "github.com" }] as const;

export function CheckAuthTool({ runnerId, returnTo }: { runnerId: string; returnTo: string }) {
  const check = useCheckAuthenticationForHost();
  const answer = check.data;
  const authUrl = answer ? answer.supportsOauth2?.authUrl || answer.authenticationUrl : "";
  const host = check.variables?.host ?? "";
  const expired = useOwnHostTokenExpired(runnerId, host, Boolean(answer && !answer.authenticated));
  return (
    <>
      <ToolForm
        label="Check authentication for a host"
        fields={FIELDS}
        defaultValues={{ host: "github.com" }}
        onSubmit={(values: ToolValues) => check.mutate(checkAuthRequest(runnerId, values))}
        extraActions={(validated) => (
          <ShowApiCallButton
            method={RunnerService.method.checkAuthenticationForHost}
            request={async () => {
              const values = await validated();
              return values && checkAuthRequest(runnerId, values);
            }}
          />
        )}
        isSubmitting={check.isPending}
        submitLabel="Check"
      />
      <ToolAnswer>
        {check.isError ? <ToolError error={check.error} /> : null}
        {answer && !check.isPending ? (
          <div className="space-y-2">
            <p className="font-medium">
              {answer.authenticated ? `Authenticated with ${host}` : expired ? `Your token for ${host} has expired` : `Not authenticated with ${host}`}
              {answer.scmName ? ` (${answer.scmName})` : ""}
            </p>
            {!answer.authenticated && authUrl ? <AuthenticateLink url={authUrl} host={host} returnTo={returnTo} /> : null}
            {!answer.authenticated && answer.supportsPat ? (
              <p className="text-slate-600 dark:text-slate-400">
                Or add a personal access token
                {answer.supportsPat.requiredScopes.length > 0 ? ` with the scopes ${answer.supportsPat.requiredScopes.join(", ")}` : ""}
                {answer.supportsPat.createUrl ? (
                  <>
                    {" "}
                    —{" "}
                    <a className="text-link underline" href={answer.supportsPat.createUrl} target="_blank" rel="noreferrer">
                      create one
                    </a>
                  </>
                ) : null}
                .
              </p>
            ) : null}
            {!answer.authenticated && !authUrl && !answer.supportsPat ? (
              <p className="text-slate-600 dark:text-slate-400">This runner has no SCM integration for {host} that offers a way to authenticate.</p>
            ) : null}
          </div>
        ) : null}
      </ToolAnswer>
    </>
  );
}
