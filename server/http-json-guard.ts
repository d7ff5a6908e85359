// A fastify preHandler for the Connect routes: reads a unary JSON body itself (the Connect plugin registers no-op
// parsers), rejects unknown enum strings with invalid_argument, and hands the bytes on as the request body.
import type { DescMessage } from "@bufbuild/protobuf";
import type { FastifyReply, FastifyRequest } from "fastify";
import { findUnknownEnum } from "./http-json-enums";

async function readBody(req: FastifyRequest, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req.raw) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function connectError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).header("content-type", "application/json").send({ code, message });
}

/**
 * @param inputs request path without prefix → input descriptor
 * @param prefix the API prefix the Connect routes are mounted under
 */
export function createJsonEnumGuard(inputs: Map<string, DescMessage>, prefix: string, bodyLimit: number) {
  return async function jsonEnumGuard(req: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    if (req.method !== "POST") return undefined;
    const contentType = String(req.headers["content-type"] ?? "")
      .split(";")[0]
      ?.trim()
      .toLowerCase();
    if (contentType !== "application/json") return undefined;
    const encoding = String(req.headers["content-encoding"] ?? "identity").toLowerCase();
    if (encoding !== "identity") return undefined;
    const path = (req.url.split("?")[0] ?? "").slice(prefix.length);
    const input = inputs.get(path);
    if (!input) return undefined;
    const body = await readBody(req, bodyLimit);
    if (!body)
      return connectError(reply, 413, "resource_exhausted", `request body is larger than ${bodyLimit} bytes`);
    let json: unknown = {};
    if (body.length > 0) {
      try {
        json = JSON.parse(body.toString("utf8"));
      } catch {
        return connectError(reply, 400, "invalid_argument", "the request body is not valid JSON");
      }
    }
    const unknownAt = findUnknownEnum(input, json);
    if (unknownAt)
      return connectError(reply, 400, "invalid_argument", `${unknownAt} has an unknown enum value`);
    // Connect parses a Uint8Array body with the router's JSON options (unknown fields ignored).
    req.body = body.length > 0 ? body : Buffer.from("{}");
    return undefined;
  };
}
