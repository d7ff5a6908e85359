import type { DescMethod, DescService } from "@bufbuild/protobuf";
import { MethodOptions_IdempotencyLevel } from "@bufbuild/protobuf/wkt";
import { GroupService } from "../../src/gen/gitpod/v1/group_pb";
import { IdentityService } from "../../src/gen/gitpod/v1/identity_pb";
import { RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";

/** The console's API surface (the proxy allow-list): the 32 runner RPCs, the 5 LLM-integration RPCs and the 3 companions, straight from the generated descriptors. */
export const CONSOLE_SERVICES: readonly DescService[] = [
  RunnerService,
  RunnerConfigurationService,
  GroupService,
  IdentityService,
];

/** `gitpod.v1.RunnerService/ListRunners` → its descriptor. */
export const RPC_METHODS: ReadonlyMap<string, DescMethod> = new Map(
  CONSOLE_SERVICES.flatMap((service) => service.methods.map((method) => [rpcPath(method), method] as const)),
);

export function rpcPath(method: DescMethod): string {
  return `${method.parent.typeName}/${method.name}`;
}

/** Connect allows GET only for methods declared free of side effects. */
export function allowsGet(method: DescMethod): boolean {
  return method.idempotency === MethodOptions_IdempotencyLevel.NO_SIDE_EFFECTS;
}

/** Path relative to the API prefix, as the router sees it (percent-escapes decoded), without the query. */
export function decodedPathname(url: string): string {
  const pathname = url.split("?", 1)[0] ?? "";
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/** Matches paths served under the API prefix ("" serves the API at the root, next to the SPA). */
export function apiPathMatcher(apiPrefix: string): (pathname: string) => boolean {
  if (apiPrefix) return (pathname) => pathname.startsWith(`${apiPrefix}/`);
  return (pathname) => pathname.startsWith("/gitpod.v1.") || pathname.startsWith("/auth/");
}

/** The RPC a path names, or undefined when the path is under the prefix but names none of ours. */
export function rpcNamedBy(apiPrefix: string, pathname: string): string | undefined {
  const rpcPrefix = `${apiPrefix}/gitpod.v1.`;
  if (!pathname.startsWith(rpcPrefix)) return undefined;
  return pathname.slice(apiPrefix.length + 1);
}
