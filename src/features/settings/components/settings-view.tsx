import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { PageHeader } from "../../../components/ui/page-header";
import { ThemeSelect } from "../../../components/ui/theme-select";
import type { ConsoleConfig } from "../../../lib/console-config";
import type { Session } from "../../../lib/session";

interface SettingsViewProps {
  session: Session;
  config: ConsoleConfig;
  /** The sign-out control (owned by the session feature). */
  signOut: ReactNode;
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-1 py-2.5 sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm text-slate-500 dark:text-slate-400">{term}</dt>
      <dd className="text-sm break-all text-slate-900 sm:col-span-2 dark:text-slate-100">{children}</dd>
    </div>
  );
}

export function SettingsView({ session, config, signOut }: SettingsViewProps) {
  const role = session.mode === "proxy" ? "Decided by Gitpod (no roles in proxy mode)" : session.orgRole === "admin" ? "Org admin" : "Member";
  return (
    <>
      <PageHeader title="Settings" description="Appearance, your session and how this console is connected." />
      <div className="grid max-w-3xl gap-6">
        <Card>
          <CardHeader title="Appearance" description="System follows your operating system's light or dark setting." />
          <CardBody>
            <ThemeSelect showLegend />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Session" actions={signOut} />
          <CardBody>
            <dl className="divide-y divide-slate-100 dark:divide-slate-800">
              <Row term="Signed in as">{session.displayName}</Row>
              <Row term="User ID">
                <span className="font-mono text-xs">{session.subject.id}</span>
              </Row>
              <Row term="Role">{role}</Row>
              <Row term="Groups">{session.groupIds.length > 0 ? `${session.groupIds.length} group(s)` : "None"}</Row>
            </dl>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Connection" />
          <CardBody>
            <dl className="divide-y divide-slate-100 dark:divide-slate-800">
              <Row term="Mode">
                {config.mode === "proxy" ? "Proxy to a Gitpod API (your token stays on the console server)" : "Local API (demo data on this machine)"}
              </Row>
              <Row term="API prefix">
                <span className="font-mono text-xs">{config.apiPrefix}</span>
              </Row>
              {config.embedAllowedOrigins.length > 0 ? <Row term="Embedding allowed from">{config.embedAllowedOrigins.join(", ")}</Row> : null}
            </dl>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
