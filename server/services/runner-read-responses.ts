// ListRunners' and GetRunner's responses as Connect JSON text, assembled from runners' cached wire forms
// (store/runner-wire.ts). Byte for byte what toJsonString gives for the same message (runner-reads.test.ts).
import { create, toJsonString } from "@bufbuild/protobuf";
import { ListRunnersResponseSchema } from "../../src/gen/gitpod/v1/runner_pb";

/** `{"pagination":{…},"runners":[…]}`: fields in declaration order, an empty list left out as toJson does. */
export function listRunnersResponseJson(runners: readonly string[], nextToken: string): string {
  const head = toJsonString(ListRunnersResponseSchema, create(ListRunnersResponseSchema, { pagination: { nextToken } }));
  if (runners.length === 0) return head;
  return `${head.slice(0, -1)},"runners":[${runners.join(",")}]}`;
}

export function getRunnerResponseJson(runner: string): string {
  return `{"runner":${runner}}`;
}
