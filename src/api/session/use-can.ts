import { can, type Action, type PermissionScope } from "../../lib/permissions";
import { useSession } from "./get-session";

/** `const allowed = useCan(); allowed("runners:create")` — false until the session is known. */
export function useCan(): (action: Action, scope?: PermissionScope) => boolean {
  const { data: session } = useSession();
  return (action, scope) => (session ? can(session, action, scope) : false);
}
