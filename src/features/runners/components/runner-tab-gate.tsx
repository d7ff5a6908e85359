import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { buttonClasses } from "../../../components/ui/button";
import { EmptyState } from "../../../components/ui/empty-state";
import { Spinner } from "../../../components/ui/spinner";

interface RunnerTabGateProps {
  runnerId: string;
  runnerName: string;
  /** The user's role on the runner is still being looked up. */
  pending: boolean;
  allowed: boolean;
  /** What the tab is for, e.g. "Creating runner and logs tokens". */
  purpose: string;
  children: ReactNode;
}

/**
 * A tab hidden from users who cannot use it still has a URL: opened directly, it says why there is nothing here
 * and leads back to the runner's overview.
 */
export function RunnerTabGate({ runnerId, runnerName, pending, allowed, purpose, children }: RunnerTabGateProps) {
  if (pending) return <Spinner label="Checking your role on this runner" />;
  if (allowed) return children;
  return (
    <EmptyState
      title="This section is for admins of the runner"
      description={`${purpose} needs the admin role on ${runnerName}. Ask an admin of this runner or of your organization.`}
      action={
        <Link to="/runners/$runnerId" params={{ runnerId }} className={buttonClasses("primary")}>
          Back to the runner&apos;s overview
        </Link>
      }
    />
  );
}
