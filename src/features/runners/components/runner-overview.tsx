import type { Duration } from "@bufbuild/protobuf/wkt";
import {
  enumLabel,
  runnerCapabilityLabels,
  runnerKindLabels,
  runnerProviderText,
} from "../../../../common/enum-labels";
import { Badge } from "../../../components/ui/badge";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { RelativeTime } from "../../../components/ui/relative-time";
import { RunnerLastSeen, RunnerStatusBadge } from "../../../components/ui/runner-phase-badge";
import { RunnerKind, RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
import { CopyableId, DetailList } from "./detail-list";
import { usePublicKeyFingerprint } from "./public-key-fingerprint";

function latencyText(latency: Duration | undefined): string {
  if (!latency) return "";
  const ms = Number(latency.seconds) * 1000 + latency.nanos / 1e6;
  return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

function ExternalLink({ href, children }: { href: string; children: string }) {
  return (
    <a href={href} target="_blank" rel="noreferrer" className="text-link underline">
      {children}
    </a>
  );
}

/** Everything the API tells about a runner's state: status, gateway, capabilities, keys, IDs and times. */
export function RunnerOverview({ runner }: { runner: Runner }) {
  const status = runner.status;
  const fingerprint = usePublicKeyFingerprint(status?.publicKey);
  const gateway = status?.gatewayInfo?.gateway;
  // The org's local configuration runner holds settings only: it has no provider and never reports a version.
  const configurationOnly = runner.kind === RunnerKind.LOCAL_CONFIGURATION;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card>
        <CardHeader title="Status" />
        <CardBody>
          <DetailList
            label="Status"
            rows={[
              ["Phase", <RunnerStatusBadge key="phase" runner={runner} />],
              ["Message", status?.message],
              [
                "Version",
                status?.version ? (
                  <span className="font-mono">{status.version}</span>
                ) : configurationOnly ? (
                  ""
                ) : (
                  "not reported yet"
                ),
              ],
              ["Region", status?.region || runner.spec?.configuration?.region],
              [
                "Last status update",
                <RunnerLastSeen key="updated" runner={runner} />,
              ],
              ["System details", status?.systemDetails],
              ["Gateway", gateway ? `${gateway.name}${gateway.region ? ` (${gateway.region})` : ""}` : ""],
              [
                "Gateway URL",
                gateway?.url ? <ExternalLink href={gateway.url}>{gateway.url}</ExternalLink> : "",
              ],
              ["Gateway latency", latencyText(status?.gatewayInfo?.latency)],
              ["Logs", status?.logUrl ? <ExternalLink href={status.logUrl}>Open logs</ExternalLink> : ""],
              [
                "Support bundle",
                status?.supportBundleUrl ? (
                  <ExternalLink href={status.supportBundleUrl}>Download support bundle</ExternalLink>
                ) : (
                  ""
                ),
              ],
            ]}
          />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Identity" />
        <CardBody>
          <DetailList
            label="Identity"
            rows={[
              ["Runner ID", <CopyableId key="id" value={runner.runnerId} name="runner ID" />],
              ["Kind", enumLabel(runnerKindLabels, runner.kind)],
              [
                "Provider",
                runner.provider === RunnerProvider.UNSPECIFIED && configurationOnly
                  ? "None (configuration only)"
                  : runnerProviderText(runner),
              ],
              [
                "Creator ID",
                runner.creator?.id ? (
                  <CopyableId key="creator" value={runner.creator.id} name="creator ID" />
                ) : (
                  ""
                ),
              ],
              [
                "Runner manager ID",
                runner.runnerManagerId ? (
                  <CopyableId key="manager" value={runner.runnerManagerId} name="runner manager ID" />
                ) : (
                  ""
                ),
              ],
              [
                "Public key fingerprint (SHA-256)",
                fingerprint ? <CopyableId key="fp" value={fingerprint} name="public key fingerprint" /> : "",
              ],
              ["Created", <RelativeTime key="created" value={runner.createdAt} />],
              ["Updated", <RelativeTime key="changed" value={runner.updatedAt} />],
            ]}
          />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Capabilities" />
        <CardBody>
          {status && status.capabilities.length > 0 ? (
            <ul aria-label="Capabilities" className="flex flex-wrap gap-2">
              {status.capabilities.map((capability) => (
                <li key={capability}>
                  <Badge tone="info">{enumLabel(runnerCapabilityLabels, capability)}</Badge>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {configurationOnly
                ? "None: this runner holds configuration and runs no environments."
                : "The runner has not reported capabilities yet."}
            </p>
          )}
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Additional information" />
        <CardBody>
          {status && status.additionalInfo.length > 0 ? (
            <DetailList
              label="Additional information"
              rows={status.additionalInfo.map((info): [string, string] => [info.key, info.value])}
            />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">None reported.</p>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
