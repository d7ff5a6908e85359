import { runnerVisibility } from "../auth/permissions";
import type { UserPrincipal } from "../auth/principal";
import type { ServerContext } from "../context";

/** Runners the user can see that have an SCM integration for the host (ParseContextURL without a runnerId). */
export function visibleRunnersWithHost(ctx: ServerContext, user: UserPrincipal, host: string): string[] {
  const visible = runnerVisibility(user, "r.id", "r.org_id");
  return ctx.db
    .prepare<(string | number)[], { id: string }>(
      `SELECT r.id FROM runners r JOIN scm_integrations i ON i.runner_id = r.id
       WHERE i.host = ? AND ${visible.sql} ORDER BY r.name, r.id`,
    )
    .all(host, ...visible.params)
    .map((row) => row.id);
}
