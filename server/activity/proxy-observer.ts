// Proxy mode: the forwarder hands every mutating RPC to this observer whole (request and answer), which records it
// the same way the local interceptor does. Bodies are decoded with the RPC's descriptors, JSON or binary.
import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { fromBinary, fromJsonString, toJson, type DescMessage, type JsonObject } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { codeFromHttpStatus } from "@connectrpc/connect/protocol-connect";
import { connectCodeName, MUTATING_RPCS } from "../../common/activity-rpcs";
import { bearerToken, sessionIdFromCookie } from "../auth/resolve";
import { RPC_METHODS } from "../http/rpc-catalogue";
import type { ForwardObserver } from "../proxy/forward";
import type { ProxySessionStore, UpstreamIdentity } from "../proxy/session-store";
import type { IdentityLookup } from "../proxy/upstream-identity";
import type { UpstreamLookupFactory } from "./proxy-lookup";
import type { ActivityRecorder, Actor } from "./recorder";

const MUTATING = new Set(MUTATING_RPCS);
const IDENTITY_CACHE_MS = 5 * 60 * 1000;
const IDENTITY_CACHE_MAX = 1000;

function decompressed(body: Buffer, encoding: string | undefined): Buffer {
  switch ((encoding ?? "identity").toLowerCase()) {
    case "gzip":
      return gunzipSync(body);
    case "br":
      return brotliDecompressSync(body);
    case "deflate":
      return inflateSync(body);
    default:
      return body;
  }
}

/** The message as proto3 JSON, or undefined when the body is not one (the call is still recorded). */
function decoded(schema: DescMessage, headers: IncomingHttpHeaders, body: Buffer): JsonObject | undefined {
  try {
    const bytes = decompressed(body, headers["content-encoding"]);
    const message = /proto/i.test(headers["content-type"] ?? "")
      ? fromBinary(schema, bytes)
      : fromJsonString(schema, bytes.toString("utf8") || "{}", { ignoreUnknownFields: true });
    const json = toJson(schema, message);
    return typeof json === "object" && json !== null && !Array.isArray(json) ? json : undefined;
  } catch {
    return undefined;
  }
}

function errorOf(status: number, headers: IncomingHttpHeaders, body: Buffer): ConnectError {
  let code = codeFromHttpStatus(status);
  let message = "";
  try {
    const json: unknown = JSON.parse(decompressed(body, headers["content-encoding"]).toString("utf8"));
    if (typeof json === "object" && json !== null) {
      const record: Record<string, unknown> = { ...json };
      const named = Object.values(Code).find((value): value is Code => typeof value === "number" && connectCodeName(Code[value]) === record.code);
      if (named !== undefined) code = named;
      if (typeof record.message === "string") message = record.message;
    }
  } catch {
    // Not a Connect error body: the HTTP status says enough.
  }
  return new ConnectError(message, code);
}

/** Who is calling: the session's identity, or (embedded clients) the Bearer token's, asked upstream and cached. */
export function proxyCallerIdentity(sessions: ProxySessionStore, lookupIdentity: IdentityLookup) {
  const cache = new Map<string, { identity: UpstreamIdentity; expiresAtMs: number }>();
  return async (headers: IncomingHttpHeaders): Promise<UpstreamIdentity | undefined> => {
    const token = bearerToken(headers.authorization);
    if (!token) {
      const sessionId = sessionIdFromCookie(headers.cookie);
      return sessionId ? sessions.open(sessionId)?.identity : undefined;
    }
    const key = createHash("sha256").update(token).digest("hex");
    const cached = cache.get(key);
    if (cached && cached.expiresAtMs > Date.now()) return cached.identity;
    const identity = await lookupIdentity(token).catch(() => undefined);
    if (identity) {
      if (cache.size >= IDENTITY_CACHE_MAX) cache.clear();
      cache.set(key, { identity, expiresAtMs: Date.now() + IDENTITY_CACHE_MS });
    }
    return identity;
  };
}

export function createActivityObserver(options: {
  recorder: ActivityRecorder;
  lookups: UpstreamLookupFactory;
  identify: (headers: IncomingHttpHeaders) => Promise<UpstreamIdentity | undefined>;
}): ForwardObserver {
  return {
    observes: (rpc) => MUTATING.has(rpc),
    async begin({ rpc, headers, authorization, body }) {
      const method = RPC_METHODS.get(rpc);
      const identity = await options.identify(headers);
      if (!method || !identity) return () => undefined;
      const actor: Actor = { orgId: identity.organizationId, subjectId: identity.subjectId, subjectName: "" };
      const request = decoded(method.input, headers, body) ?? {};
      const lookup = options.lookups(authorization, identity.organizationId);
      const pending = await options.recorder.begin(rpc, method.name, request, lookup);
      return (answer) => {
        const ok = answer.status === 200;
        options.recorder.finish(pending, actor, {
          response: ok ? decoded(method.output, answer.headers, answer.body) : undefined,
          error: ok ? undefined : errorOf(answer.status, answer.headers, answer.body),
          // Names came from upstream with the caller's own credentials: they could see them.
          mayKnow: () => true,
        });
      };
    },
  };
}
