// ListRunners and GetRunner answered from runners' cached wire forms (store/runner-wire.ts) instead of
// decode → message → toJson per runner and request. A preHandler inside the API scope, so the Host check, CORS,
// body limit, Connect guard, JSON enum guard and request log have run as for any RPC. It answers only the
// ordinary case — a POST of exactly `application/json`, uncompressed, caller and request valid — with the same
// auth, checks and bytes as the Connect handler; anything else (errors included) goes on to Connect, which answers.
import { fromJsonString } from "@bufbuild/protobuf";
import { compressionNegotiate, createAsyncIterable } from "@connectrpc/connect/protocol";
import { universalResponseToNodeResponse } from "@connectrpc/connect-node";
import type { FastifyReply, FastifyRequest } from "fastify";
import { GetRunnerRequestSchema, ListRunnersRequestSchema, RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { resolveCaller, type HeaderLookup } from "../auth/interceptor";
import type { Principal } from "../auth/principal";
import type { ServerContext } from "../context";
import { pageOf, readPageOf } from "../pagination";
import { readableRunner, runnerListQuery } from "../services/runner-read-requests";
import { getRunnerResponseJson, listRunnersResponseJson } from "../services/runner-read-responses";
import { listRunnerRefs, runnerSortKey } from "../store/runner-queries";
import { runnersWireJson, runnerWireJson } from "../store/runner-wire";
import { CONNECT_COMPRESS_MIN_BYTES, CONNECT_COMPRESSION } from "./connect-compression";
import { noteRequestSubject } from "./logging";

const LIST = `${RunnerService.typeName}/${RunnerService.method.listRunners.name}`;
const GET = `${RunnerService.typeName}/${RunnerService.method.getRunner.name}`;
// Connect's own request decoding (protocol/serialization.ts createJsonSerialization): lenient UTF-8, BOM dropped,
// unknown fields ignored.
const TEXT_DECODER = new TextDecoder();
const JSON_OPTIONS = { ignoreUnknownFields: true };

function headerLookup(request: FastifyRequest): HeaderLookup {
  return {
    get(name) {
      const value = request.headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(", ") : (value ?? null);
    },
  };
}

/** Only what the fast path answers the same as Connect; the rest is Connect's to handle. */
function isPlainJsonCall(request: FastifyRequest): request is FastifyRequest & { body: Buffer } {
  const { headers } = request;
  return (
    request.method === "POST" &&
    headers["content-type"] === "application/json" &&
    headers["content-encoding"] === undefined &&
    headers["connect-timeout-ms"] === undefined &&
    Buffer.isBuffer(request.body)
  );
}

function listRunnersJson(ctx: ServerContext, principal: Principal, request: FastifyRequest, body: string): string {
  const req = fromJsonString(ListRunnersRequestSchema, body, JSON_OPTIONS);
  const page = readPageOf(new URLSearchParams(request.url.split("?")[1] ?? ""), LIST, req.pagination);
  const refs = listRunnerRefs(ctx.db, runnerListQuery(principal, req, page));
  const { items, nextToken } = pageOf(refs, page, runnerSortKey);
  return listRunnersResponseJson(runnersWireJson(ctx.db, items), nextToken);
}

function getRunnerJson(ctx: ServerContext, principal: Principal, body: string): string {
  const req = fromJsonString(GetRunnerRequestSchema, body, JSON_OPTIONS);
  return getRunnerResponseJson(runnerWireJson(ctx.db, readableRunner(ctx, principal, req)));
}

/** Writes the answer as connect-fastify does: fastify's reply headers, then Connect's unary response. */
async function sendConnectJson(request: FastifyRequest, reply: FastifyReply, json: string): Promise<void> {
  const accepted = headerLookup(request).get("accept-encoding");
  const compression = compressionNegotiate(CONNECT_COMPRESSION, null, accepted, "Accept-Encoding");
  let body: Uint8Array = Buffer.from(json, "utf8");
  const header = new Headers({ "content-type": "application/json" });
  if (compression.response && body.byteLength >= CONNECT_COMPRESS_MIN_BYTES) {
    body = await compression.response.compress(body);
    header.set("content-encoding", compression.response.name);
  }
  header.set("content-length", body.byteLength.toString(10));
  reply.hijack();
  for (const [key, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) reply.raw.setHeader(key, value);
  }
  await universalResponseToNodeResponse({ status: 200, header, body: createAsyncIterable([body]) }, reply.raw);
}

export function createRunnerReadsFastPath(ctx: ServerContext, apiPrefix: string) {
  const rpcs = new Map([
    [`${apiPrefix}/${LIST}`, LIST],
    [`${apiPrefix}/${GET}`, GET],
  ]);
  return async function runnerReadsFastPath(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const rpc = rpcs.get(request.routeOptions.url ?? "");
    if (rpc === undefined || !isPlainJsonCall(request)) return;
    let json: string;
    let principal: Principal;
    try {
      principal = resolveCaller(ctx, headerLookup(request));
      const body = TEXT_DECODER.decode(request.body);
      json = rpc === LIST ? listRunnersJson(ctx, principal, request, body) : getRunnerJson(ctx, principal, body);
    } catch {
      return; // Connect runs the same checks and answers with its error
    }
    noteRequestSubject(request.raw, principal.kind === "user" ? principal.userId : principal.runnerId);
    await sendConnectJson(request, reply, json);
  };
}
