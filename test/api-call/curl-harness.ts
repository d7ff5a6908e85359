// Test-only: sends one form's request two ways against two identical servers (same demo data, same fixed clock) —
// the console's own way (connect-web, JSON over HTTP, as the browser does) and the "Show API call" curl command run
// by a real shell — so a test can compare what each server then stores.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { DescMessage, DescMethodUnary, MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import { createConnectTransport } from "@connectrpc/connect-web";
import { bearer, startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../server/testing";
import { describeApiCall } from "../../src/api/api-call/describe";
import { curlCommand } from "../../src/api/api-call/render";

export interface TwinServers {
  /** Receives the form's mutation through connect-web. */
  viaConsole: TestServer;
  /** Receives the shown curl command. */
  viaCurl: TestServer;
  close(): Promise<void>;
}

export async function startTwinServers(): Promise<TwinServers> {
  const [viaConsole, viaCurl] = await Promise.all([startTestServer(), startTestServer()]);
  return { viaConsole, viaCurl, close: async () => void (await Promise.all([viaConsole.close(), viaCurl.close()])) };
}

/** Sends `request` as the form's mutation does: connect-web's transport (fetch, JSON, POST), as the browser does. */
export async function sendLikeConsole<I extends DescMessage, O extends DescMessage>(
  server: TestServer,
  method: DescMethodUnary<I, O>,
  request: MessageInitShape<I>,
): Promise<MessageShape<O>> {
  const transport = createConnectTransport({ baseUrl: server.baseUrl, interceptors: [bearer(TEST_ADMIN_TOKEN)] });
  return (await transport.unary(method, undefined, undefined, undefined, request)).message;
}

/** Runs the curl command "Show API call" shows for `request` (secrets from these shell variables); its parsed answer. */
export async function sendByCurl<I extends DescMessage, O extends DescMessage>(
  server: TestServer,
  method: DescMethodUnary<I, O>,
  request: MessageInitShape<I>,
  secretEnv: Record<string, string> = {},
): Promise<{ answer: unknown; command: string }> {
  const command = curlCommand(server.baseUrl, describeApiCall(method, request));
  // Async: the server answering curl runs in this process, so the event loop must stay free.
  const { stdout } = await promisify(execFile)("bash", ["--norc", "--noprofile", "-c", `${command} --fail-with-body`], {
    env: { PATH: process.env.PATH ?? "", GITPOD_TOKEN: TEST_ADMIN_TOKEN, ...secretEnv },
    encoding: "utf8",
    timeout: 20_000,
  });
  return { answer: JSON.parse(stdout), command };
}

/** The same request to viaConsole as the form sends it and to viaCurl by the shown curl command. */
export async function sendBothWays<I extends DescMessage, O extends DescMessage>(
  twins: TwinServers,
  method: DescMethodUnary<I, O>,
  request: MessageInitShape<I>,
  secretEnv: Record<string, string> = {},
): Promise<{ viaConsole: MessageShape<O>; viaCurl: unknown; command: string }> {
  const viaConsole = await sendLikeConsole(twins.viaConsole, method, request);
  const { answer, command } = await sendByCurl(twins.viaCurl, method, request, secretEnv);
  return { viaConsole, viaCurl: answer, command };
}
