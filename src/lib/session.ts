import type { ConsoleMode } from "./console-config";

export type OrgRole = "admin" | "member";

/** GET {apiPrefix}/auth/session — who is signed in. Proxy mode has no org role. */
export interface Session {
  mode: ConsoleMode;
  subject: { id: string; principal: string };
  displayName: string;
  orgRole?: OrgRole;
  groupIds: string[];
}

/** Validates the session JSON from the server; throws when the shape is not a session. */
export function parseSession(json: unknown): Session {
  if (typeof json !== "object" || json === null) throw new Error("session response is not an object");
  const record: Record<string, unknown> = { ...json };
  const subject: Record<string, unknown> = typeof record.subject === "object" && record.subject !== null ? { ...record.subject } : {};
  const mode = record.mode === "proxy" ? "proxy" : "local";
  const orgRole = record.orgRole === "admin" || record.orgRole === "member" ? record.orgRole : undefined;
  const id = typeof subject.id === "string" ? subject.id : "";
  return {
    mode,
    subject: { id, principal: typeof subject.principal === "string" ? subject.principal : "" },
    displayName: typeof record.displayName === "string" && record.displayName ? record.displayName : id,
    orgRole,
    groupIds: Array.isArray(record.groupIds) ? record.groupIds.filter((g): g is string => typeof g === "string") : [],
  };
}
