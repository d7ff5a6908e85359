import { Code } from "@connectrpc/connect";
import { ShowApiCallButton } from "../../../components/api-call/show-api-call-button";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { hasCode } from "../../../lib/errors";
import { repositoryAccessRequest } from "../tool-requests";
import { useCheckRepositoryAccess } from "../../../api/runners/check-repository-access";
import { AuthenticateLink } from "./authenticate-link";
import { ToolAnswer, ToolError } from "./tool-answer";
import { ToolForm, type ToolValues } from "./tool-form";
import { hostOf, useAuthHint } from "./use-auth-hint";

const FIELDS = [{ name: "repositoryUrl", label: "Repository URL", type: "url", required: true, placeholder: "https://github.com/owner/repo" }] as const;

export function RepositoryAccessTool({ runnerId, returnTo }: { runnerId: string; returnTo: string }) {
  const access = useCheckRepositoryAccess();
  const auth = useAuthHint(runnerId);
  const submit = async (values: ToolValues) => {
    auth.clear();
    const request = repositoryAccessRequest(runnerId, values);
    const repositoryUrl = request.repositoryUrl ?? "";
    try {
      await access.mutateAsync(request);
    } catch (error) {
      if (hasCode(error, Code.FailedPrecondition)) await auth.lookup(hostOf(repositoryUrl));
    }
  };
  return (
    <>
      <ToolForm
        label="Check repository access"
        fields={FIELDS}
        defaultValues={{ repositoryUrl: "" }}
        onSubmit={submit}
        isSubmitting={access.isPending}
        submitLabel="Check access"
        extraActions={(validated) => (
          <ShowApiCallButton
            method={RunnerService.method.checkRepositoryAccess}
            request={async () => {
              const values = await validated();
              return values && repositoryAccessRequest(runnerId, values);
            }}
          />
        )}
      />
      <ToolAnswer>
        {access.isError ? <ToolError error={access.error} /> : null}
        {auth.hint ? <AuthenticateLink url={auth.hint.url} host={auth.hint.host} returnTo={returnTo} /> : null}
        {access.data && !access.isPending ? (
          <p className="font-medium">{access.data.hasAccess ? "You have access to this repository." : `No access: ${access.data.errorMessage || "the repository cannot be read"}`}</p>
        ) : null}
      </ToolAnswer>
    </>
  );
}
