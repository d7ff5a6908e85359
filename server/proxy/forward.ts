import http from "node:http";
import https from "node:https";
import { Transform, type TransformCallback } from "node:stream";
import { Code, ConnectError } from "@connectrpc/connect";
import { codeToHttpStatus } from "@connectrpc/connect/protocol-connect";
import type { FastifyReply, FastifyRequest } from "fastify";
import { IdentityService } from "../../src/gen/gitpod/v1/identity_pb";
import { sendConnectError } from "../http/connect-error-reply";
import { decodedPathname, RPC_METHODS, rpcNamedBy } from "../http/rpc-catalogue";
import { upstreamAuthorization } from "./credentials";
import { downstreamResponseHeaders, upstreamRequestHeaders } from "./forward-headers";
import type { ProxySessionStore } from "./session-store";

export interface ForwardOptions {
  apiPrefix: string;
  /** GITPOD_API_URL: the upstream API base including its path. */
  upstreamBaseUrl: string;
  sessions: ProxySessionStore;
  bodyLimitBytes: number;
  /** Sees the RPCs it observes whole (the activity log); those are buffered instead of streamed. */
  observer?: ForwardObserver | undefined;
}

export interface ForwardedAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface ForwardObserver {
  observes(rpc: string): boolean;
  /** Before the call goes upstream; resolves to what takes the answer. Never fails the call. */
  begin(call: {
    rpc: string;
    headers: http.IncomingHttpHeaders;
    authorization: string | undefined;
    body: Buffer;
  }): Promise<(answer: ForwardedAnswer) => void>;
}

const EXCHANGE_TOKEN = `${IdentityService.typeName}/${IdentityService.method.exchangeToken.name}`;
const UPSTREAM_SOCKET_TIMEOUT_MS = 120_000;

class BodyTooLarge extends Error {}

async function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > limit) throw new BodyTooLarge(`request body is larger than the limit of ${limit} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Passes bytes through and fails once more than `limit` went by (chunked bodies have no Content-Length). */
function byteLimit(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > limit) callback(new BodyTooLarge(`request body is larger than the limit of ${limit} bytes`));
      else callback(null, chunk);
    },
  });
}

/**
 * Forwards one allow-listed RPC to the upstream API, streaming the body both ways and passing the status,
 * Connect error bodies and Connect headers through unchanged.
 */
export function createRpcForwarder(options: ForwardOptions) {
  const base = new URL(options.upstreamBaseUrl);
  const basePath = base.pathname.replace(/\/$/, "");
  const client = base.protocol === "https:" ? https : http;
  const agent = new client.Agent({ keepAlive: true });

  return async function forwardRpc(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const rpc = rpcNamedBy(options.apiPrefix, decodedPathname(request.url));
    if (rpc === undefined || !RPC_METHODS.has(rpc)) {
      return sendConnectError(reply, 404, Code.NotFound, `no RPC ${rpc ?? request.url} here`);
    }
    let authorization: string | undefined;
    try {
      authorization = upstreamAuthorization(request.headers, options.sessions, rpc === EXCHANGE_TOKEN);
    } catch (error) {
      const connectError = ConnectError.from(error);
      return sendConnectError(reply, codeToHttpStatus(connectError.code), connectError.code, connectError.rawMessage);
    }
    const observer = options.observer?.observes(rpc) ? options.observer : undefined;
    let observedBody: Buffer | undefined;
    let observe: ((answer: ForwardedAnswer) => void) | undefined;
    if (observer) {
      try {
        observedBody = await readAll(request.raw, options.bodyLimitBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        reply.header("connection", "close");
        return sendConnectError(reply, 413, Code.ResourceExhausted, error.message);
      }
      const body = observedBody;
      observe = await observer.begin({ rpc, headers: request.headers, authorization, body }).catch(() => undefined);
    }
    const query = request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "";
    const target = new URL(`${basePath}/${rpc}${query}`, base);
    const upstreamRequest = client.request(target, {
      method: request.method,
      headers: upstreamRequestHeaders(request.headers, authorization),
      agent,
      timeout: UPSTREAM_SOCKET_TIMEOUT_MS,
    });
    reply.raw.on("close", () => {
      if (!reply.raw.writableFinished) upstreamRequest.destroy();
    });
    upstreamRequest.on("timeout", () => upstreamRequest.destroy(new Error("upstream timed out")));

    const responded = new Promise<http.IncomingMessage>((resolve, reject) => {
      upstreamRequest.once("response", resolve);
      upstreamRequest.on("error", reject);
    });
    const limiter = byteLimit(options.bodyLimitBytes);
    const bodyFailed = new Promise<never>((_resolve, reject) => limiter.on("error", reject));
    if (observedBody) upstreamRequest.end(observedBody);
    else request.raw.pipe(limiter).pipe(upstreamRequest);

    try {
      const upstreamResponse = await Promise.race([responded, bodyFailed]);
      reply.code(upstreamResponse.statusCode ?? 502);
      reply.headers(downstreamResponseHeaders(upstreamResponse.headers));
      if (!observe) return reply.send(upstreamResponse);
      const answer = await readAll(upstreamResponse, Number.POSITIVE_INFINITY);
      observe({ status: upstreamResponse.statusCode ?? 502, headers: upstreamResponse.headers, body: answer });
      return reply.send(answer);
    } catch (error) {
      upstreamRequest.destroy();
      if (error instanceof BodyTooLarge) {
        reply.header("connection", "close");
        return sendConnectError(reply, 413, Code.ResourceExhausted, error.message);
      }
      request.log.warn({ upstream: target.origin }, "upstream API did not answer");
      observe?.({ status: 503, headers: {}, body: Buffer.from(JSON.stringify({ code: "unavailable", message: "the Gitpod API did not answer" })) });
      return sendConnectError(reply, 503, Code.Unavailable, "the Gitpod API did not answer");
    }
  };
}
