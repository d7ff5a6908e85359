import { createHash, randomBytes } from "node:crypto";
import { open, seal, sessionKeyFrom } from "./session-seal";

/** What the upstream API told us about a PAT at sign-in (GetAuthenticatedIdentity). */
export interface UpstreamIdentity {
  subjectId: string;
  /** The Principal enum's name, e.g. "PRINCIPAL_USER". */
  principal: string;
  organizationId: string;
}

export interface ProxySession {
  pat: string;
  identity: UpstreamIdentity;
  expiresAtMs: number;
}

/** A session lasts 12 h from sign-in or from the console's last load (GET /auth/session seals it afresh). */
export const PROXY_SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

export interface SessionSecrets {
  /** SESSION_SECRET: seals new sessions and opens them. */
  current?: string;
  /** SESSION_SECRET_PREVIOUS: still opens sessions sealed before a rotation, never seals. */
  previous?: string;
}

function hashOf(cookieValue: string): string {
  return createHash("sha256").update(cookieValue).digest("hex");
}

function isIdentity(value: unknown): value is UpstreamIdentity {
  if (typeof value !== "object" || value === null) return false;
  const { subjectId, principal, organizationId } = value as Record<string, unknown>;
  return typeof subjectId === "string" && typeof principal === "string" && typeof organizationId === "string";
}

function parseSession(json: string): ProxySession | undefined {
  const value: unknown = JSON.parse(json);
  if (typeof value !== "object" || value === null) return undefined;
  const { pat, identity, expiresAtMs } = value as Record<string, unknown>;
  if (typeof pat !== "string" || typeof expiresAtMs !== "number" || !isIdentity(identity)) return undefined;
  return { pat, identity, expiresAtMs };
}

/**
 * Proxy-mode sessions are stateless: the PAT, the identity and the expiry are sealed into the rc_session cookie
 * (AES-256-GCM). The browser holds only ciphertext it cannot read or alter; nothing is kept in memory or on disk.
 * Without SESSION_SECRET a random key is made per process: sessions then end when the process does, and only a
 * single replica can serve them.
 */
export class ProxySessionStore {
  private readonly keys: Buffer[];
  /** Signed-out cookies (SHA-256 → expiry) this process refuses until they would have expired anyway. */
  private readonly revoked = new Map<string, number>();

  constructor(
    secrets: SessionSecrets = {},
    private readonly nowMs: () => number = Date.now,
    private readonly lifetimeMs: number = PROXY_SESSION_IDLE_MS,
  ) {
    const current = secrets.current ? sessionKeyFrom(secrets.current) : randomBytes(32);
    this.keys = secrets.previous ? [current, sessionKeyFrom(secrets.previous)] : [current];
  }

  /** The cookie value for a new session (or a renewed one). */
  create(pat: string, identity: UpstreamIdentity): string {
    const session: ProxySession = { pat, identity, expiresAtMs: this.nowMs() + this.lifetimeMs };
    return seal(this.keys[0] as Buffer, JSON.stringify(session));
  }

  /** The session a cookie value carries; undefined when sealed under another key, altered, or expired. */
  open(cookieValue: string): ProxySession | undefined {
    const json = open(this.keys, cookieValue);
    const session = json === undefined ? undefined : parseSession(json);
    if (!session || session.expiresAtMs <= this.nowMs() || this.revoked.has(hashOf(cookieValue))) return undefined;
    return session;
  }

  /**
   * Sign-out: the browser drops the cookie; this process also refuses a copy of it. Other replicas would accept a
   * copy until it expires (README "Running several replicas"); the PAT itself is revoked in Gitpod.
   */
  revoke(cookieValue: string): void {
    const session = this.open(cookieValue);
    if (!session) return;
    const now = this.nowMs();
    for (const [hash, expiresAtMs] of this.revoked) if (expiresAtMs <= now) this.revoked.delete(hash);
    this.revoked.set(hashOf(cookieValue), session.expiresAtMs);
  }
}
