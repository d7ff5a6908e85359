import { Badge } from "../../components/ui/badge";
import { SignOutButton } from "../../features/session/components/sign-out-button";
import type { Session } from "../../lib/session";

export function roleLabel(session: Session): string {
  if (session.mode === "proxy") return "Gitpod";
  return session.orgRole === "admin" ? "Org admin" : "Member";
}

/** Who is signed in, their role, and Sign out. */
export function UserMenu({ session }: { session: Session }) {
  return (
    <div className="flex min-w-0 items-center gap-3">
      <div className="hidden text-right sm:block">
        <p title={session.displayName} className="max-w-48 truncate text-sm font-medium text-slate-900 dark:text-slate-100">
          {session.displayName}
        </p>
      </div>
      <Badge tone={session.orgRole === "admin" ? "info" : "neutral"}>{roleLabel(session)}</Badge>
      <SignOutButton size="sm" variant="ghost" />
    </div>
  );
}
