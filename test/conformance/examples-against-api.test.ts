import fs from "node:fs";
import { fromJson, type DescMethod } from "@bufbuild/protobuf";
import { ConnectError, createClient } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { createInMemoryTransport, createTestContext } from "../../server/testing";
import { readExamples } from "./example-fixtures";
import { withDemoIds } from "./example-ids";

// Every request example of runners-api.md, sent to the local API (fresh demo data each, as Ada Admin) with demo ids
// in place of the placeholders. Each succeeds, or fails with exactly the code the fixtures README lists for it.

const README = fs.readFileSync(new URL("../fixtures/examples/README.md", import.meta.url), "utf8");

/** The README's table of examples that break a documented rule: example name → Connect code name. */
function documentedExceptions(): Map<string, string> {
  const section = README.split("## Request examples the local API refuses")[1] ?? "";
  const rows = section.split("\n").filter((line) => /^\| `[\w-]+` \|/.test(line));
  return new Map(
    rows.map((row) => {
      const [, name = "", code = ""] = /^\| `([\w-]+)` \| `(\w+)` \|/.exec(row) ?? [];
      return [name, code];
    }),
  );
}

const methods = new Map<string, DescMethod>(
  [...RunnerService.methods, ...RunnerConfigurationService.methods].map((method) => [method.name, method]),
);
const exceptions = documentedExceptions();
const requests = readExamples("requests");

async function send(rpc: string, name: string, json: Parameters<typeof withDemoIds>[1]): Promise<string> {
  const method = methods.get(rpc);
  if (!method) throw new Error(`no RPC ${rpc}`);
  const { ctx, ids, adminToken } = createTestContext();
  try {
    const transport = createInMemoryTransport(ctx, adminToken);
    const service = method.parent === RunnerService ? RunnerService : RunnerConfigurationService;
    const request = fromJson(method.input, withDemoIds(rpc, json, ids), { ignoreUnknownFields: false });
    const client: Record<string, (input: typeof request) => Promise<unknown>> = createClient(service, transport);
    const call = client[method.localName];
    if (!call) throw new Error(`${name}: no client method ${method.localName}`);
    await call(request);
    return "ok";
  } catch (error) {
    const connectError = ConnectError.from(error);
    return `${connectErrorCodeName(connectError)}: ${connectError.rawMessage}`;
  } finally {
    ctx.db.close();
  }
}

function connectErrorCodeName(error: ConnectError): string {
  return Object.entries(CODE_NAMES).find(([, code]) => code === error.code)?.[0] ?? String(error.code);
}

const CODE_NAMES = {
  invalid_argument: 3,
  not_found: 5,
  already_exists: 6,
  permission_denied: 7,
  failed_precondition: 9,
  unauthenticated: 16,
} as const;

describe("every request example of the reference against the local API", () => {
  it("the README lists only examples that exist", () => {
    const names = new Set(requests.map((example) => example.name));
    expect([...exceptions.keys()].filter((name) => !names.has(name))).toEqual([]);
  });

  it.each(requests.map((example) => [example.name, example] as const))("%s", async (name, example) => {
    const outcome = await send(example.rpc, name, example.json);
    const documented = exceptions.get(name);
    if (documented === undefined) expect(outcome).toBe("ok");
    else expect(outcome.split(":")[0]).toBe(documented);
  });

  it("the refused examples succeed once the rule the README names is met", async () => {
    const placeholderRunner = "d2c94c27-3b76-4a42-b88c-95a85e392c68";
    expect(await send("CheckAuthenticationForHost", "with runnerId", { host: "github.com", runnerId: placeholderRunner })).toBe("ok");
    expect(await send("ParseContextURL", "catalogue repository", { contextUrl: "https://github.com/octo-demo/hello-world/tree/master" })).toBe("ok");
  });
});
