import type { MessageInitShape } from "@bufbuild/protobuf";
import type { ChangeRow } from "../../components/review/review-changes";
import type { SCMIntegration, UpdateSCMIntegrationRequestSchema } from "../../gen/gitpod/v1/runner_configuration_pb";

const text = (value: string) => value || "Not set";
const onOff = (on: boolean) => (on ? "On" : "Off");

/** The edit review's rows for an UpdateSCMIntegration request, labelled as the form labels its fields. */
export function scmChangeRows(
  integration: SCMIntegration,
  request: MessageInitShape<typeof UpdateSCMIntegrationRequestSchema>,
): ChangeRow[] {
  const rows: ChangeRow[] = [];
  if (request.oauthClientId !== undefined)
    rows.push({ key: "oauthClientId", label: "OAuth client ID", before: text(integration.oauth?.clientId ?? ""), after: request.oauthClientId || "Not set (OAuth off)" });
  if (request.oauthPlaintextClientSecret !== undefined)
    rows.push({ key: "oauthClientSecret", label: "OAuth client secret", before: "", after: "", secret: true });
  if (request.pat !== undefined)
    rows.push({ key: "pat", label: "Personal access tokens", before: onOff(integration.pat), after: onOff(request.pat) });
  if (request.issuerUrl !== undefined)
    rows.push({ key: "issuerUrl", label: "Issuer URL", before: text(integration.oauth?.issuerUrl ?? ""), after: text(request.issuerUrl) });
  if (request.virtualDirectory !== undefined)
    rows.push({ key: "virtualDirectory", label: "Virtual directory", before: text(integration.virtualDirectory ?? ""), after: text(request.virtualDirectory) });
  return rows;
}
