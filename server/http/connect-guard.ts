import { fromBinary } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { contentTypeUnaryRegExp } from "@connectrpc/connect/protocol-connect";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { sendConnectError } from "./connect-error-reply";
import { allowsGet, decodedPathname, RPC_METHODS, rpcNamedBy } from "./rpc-catalogue";

/**
 * Admits only the Connect unary protocol to `{prefix}/gitpod.v1.*`, and only for our 35 RPCs. Connect itself
 * answers a wrong method or content type with a bare 405/415 and serves gRPC too; the console's contract
 * is Connect JSON/binary with a Connect error body on every failure, in local and in proxy mode alike.
 */
export function registerConnectGuard(app: FastifyInstance, apiPrefix: string): void {
  app.addHook("onRequest", async (request, reply) => {
    const rpc = rpcNamedBy(apiPrefix, decodedPathname(request.url));
    if (rpc === undefined) return;
    const method = RPC_METHODS.get(rpc);
    if (!method) return sendConnectError(reply, 404, Code.NotFound, `no RPC ${rpc} here`);
    if (request.method === "GET") {
      if (allowsGet(method)) return;
      return sendConnectError(reply, 405, Code.Unimplemented, `${rpc} is called with POST`);
    }
    if (request.method !== "POST") {
      return sendConnectError(reply, 405, Code.Unimplemented, `${rpc} is called with POST`);
    }
    const contentType = request.headers["content-type"] ?? "";
    if (!contentTypeUnaryRegExp.test(contentType)) {
      return sendConnectError(
        reply,
        415,
        Code.InvalidArgument,
        "unsupported content type: send application/json or application/proto",
      );
    }
  });
}

async function readBody(request: FastifyRequest, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request.raw) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Connect reports undecodable protobuf as `internal` (HTTP 500); for the console that is the caller's
 * mistake, so binary bodies are decoded here first and refused with invalid_argument. The checked bytes are
 * handed on as the body (connect-fastify passes request.body through, as the JSON enum guard does).
 * Not in proxy mode: there the body streams upstream untouched.
 */
export function registerBinaryBodyCheck(app: FastifyInstance, apiPrefix: string, bodyLimitBytes: number): void {
  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "POST" || !/^application\/proto$/i.test(request.headers["content-type"] ?? "")) return;
    if ((request.headers["content-encoding"] ?? "identity") !== "identity") return;
    const rpc = rpcNamedBy(apiPrefix, decodedPathname(request.url));
    const method = rpc === undefined ? undefined : RPC_METHODS.get(rpc);
    if (!method) return;
    const body = await readBody(request, bodyLimitBytes);
    if (!body) return sendConnectError(reply, 413, Code.ResourceExhausted, `request body is larger than ${bodyLimitBytes} bytes`);
    try {
      fromBinary(method.input, body);
    } catch {
      return sendConnectError(reply, 400, Code.InvalidArgument, `the body is not a valid ${method.input.typeName}`);
    }
    request.body = body;
  });
}
