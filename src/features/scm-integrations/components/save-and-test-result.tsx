import type { CheckAuthenticationForHostResponse } from "../../../gen/gitpod/v1/runner_pb";
import { ErrorState } from "../../../components/ui/error-state";
import { useOwnHostTokenExpired } from "../../../api/runner-configuration/list-host-authentication-tokens";
import { AuthResult } from "./auth-status";

export type TestOutcome = { host: string; runnerId: string } & (
  { kind: "checked"; response: CheckAuthenticationForHostResponse } | { kind: "failed"; error: unknown }
);

/** After "Save & test": saved, and whether the signed-in user can already use it (or how to connect). */
export function SaveAndTestResult({ outcome }: { outcome: TestOutcome }) {
  const expired = useOwnHostTokenExpired(outcome.runnerId, outcome.host, outcome.kind === "checked" && !outcome.response.authenticated);
  if (outcome.kind === "failed") {
    return (
      <ErrorState
        title={`The ${outcome.host} integration is saved, but checking your access failed`}
        error={outcome.error}
      />
    );
  }
  const { response, host } = outcome;
  return (
    <div role="status" className="space-y-3 text-sm">
      <p>
        The integration for <span className="font-medium">{host}</span> is saved.{" "}
        {response.authenticated
          ? `You can already use it${response.scmName ? ` with ${response.scmName}` : ""}.`
          : expired
            ? "Your token for it has expired."
            : "You are not connected to it yet."}
      </p>
      <AuthResult result={response} host={host} runnerId={outcome.runnerId} />
    </div>
  );
}
