// DNS rebinding: a page on an attacker's name that resolves to this machine talks to the console as
// "same-origin" for the browser, but its requests carry the attacker's Host. Only the console's own names are
// answered: loopback names always (no other site can make a browser send them), plus PUBLIC_URL's host and
// ALLOWED_HOSTS. Everything else gets 403 before any route runs.
import { Code } from "@connectrpc/connect";
import type { FastifyInstance } from "fastify";
import { sendConnectError } from "./connect-error-reply";
import { decodedPathname } from "./rpc-catalogue";

export interface HostCheckOptions {
  publicUrl?: string | undefined;
  /** ALLOWED_HOSTS: "name" (any port), "name:port", or "*" (any host: the check is off). */
  allowedHosts?: readonly string[] | undefined;
}

interface HostName {
  hostname: string;
  port: string;
}

// Orchestrators probe health on the pod's address, which is in no allow-list; /healthz reveals nothing.
const UNCHECKED_PATHS = new Set(["/healthz"]);

function parseHost(value: string | undefined): HostName | undefined {
  if (!value || /[\s/\\@?#]/.test(value)) return undefined;
  try {
    const url = new URL(`http://${value}`);
    return { hostname: url.hostname.toLowerCase(), port: url.port };
  } catch {
    return undefined;
  }
}

export function isLoopbackName(hostname: string): boolean {
  return (
    hostname === "localhost" ||
    hostname.endsWith(".localhost") ||
    hostname === "[::1]" ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

/** Whether a request's Host header names this console. */
export function hostMatcher(options: HostCheckOptions): (host: string | undefined) => boolean {
  const entries = [...(options.allowedHosts ?? [])];
  if (entries.includes("*")) return () => true;
  const rules = entries.map((entry) => parseHost(entry)).filter((rule) => rule !== undefined);
  if (options.publicUrl) {
    const url = new URL(options.publicUrl);
    rules.push({ hostname: url.hostname.toLowerCase(), port: url.port });
  }
  return (host) => {
    const parsed = parseHost(host);
    if (!parsed) return false;
    if (isLoopbackName(parsed.hostname)) return true;
    return rules.some((rule) => rule.hostname === parsed.hostname && (rule.port === "" || rule.port === parsed.port));
  };
}

export function registerHostCheck(app: FastifyInstance, options: HostCheckOptions): void {
  const isAllowed = hostMatcher(options);
  app.addHook("onRequest", async (request, reply) => {
    if (isAllowed(request.headers.host) || UNCHECKED_PATHS.has(decodedPathname(request.url))) return;
    return sendConnectError(
      reply,
      403,
      Code.PermissionDenied,
      "this console does not answer for this host name; add it to ALLOWED_HOSTS (or set PUBLIC_URL)",
    );
  });
}
