import { createHash, randomBytes } from "node:crypto";

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
  lastUsedMs: number;
}

export const PROXY_SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

function hashOf(sessionId: string): string {
  return createHash("sha256").update(sessionId).digest("hex");
}

/**
 * Proxy-mode sessions live in memory only: the PAT never reaches the browser or the disk. The cookie
 * carries a random 256-bit id; the map is keyed by its SHA-256, so a heap dump does not hand out cookies.
 */
export class ProxySessionStore {
  private readonly sessions = new Map<string, ProxySession>();

  constructor(
    private readonly nowMs: () => number = Date.now,
    private readonly idleMs: number = PROXY_SESSION_IDLE_MS,
  ) {}

  create(pat: string, identity: UpstreamIdentity): string {
    this.sweep();
    const sessionId = randomBytes(32).toString("base64url");
    this.sessions.set(hashOf(sessionId), { pat, identity, lastUsedMs: this.nowMs() });
    return sessionId;
  }

  /** The live session for a cookie value, its idle clock restarted; undefined when unknown or idle too long. */
  touch(sessionId: string): ProxySession | undefined {
    const key = hashOf(sessionId);
    const session = this.sessions.get(key);
    if (!session) return undefined;
    const now = this.nowMs();
    if (now - session.lastUsedMs > this.idleMs) {
      this.sessions.delete(key);
      return undefined;
    }
    session.lastUsedMs = now;
    return session;
  }

  delete(sessionId: string): void {
    this.sessions.delete(hashOf(sessionId));
  }

  get size(): number {
    return this.sessions.size;
  }

  private sweep(): void {
    const now = this.nowMs();
    for (const [key, session] of this.sessions) {
      if (now - session.lastUsedMs > this.idleMs) this.sessions.delete(key);
    }
  }
}
