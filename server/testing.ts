// Helpers for tests: an in-memory context with the demo data and known tokens, a real listening server on a temp
// DATA_DIR, typed clients over HTTP or in memory (for UI component tests).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DescService } from "@bufbuild/protobuf";
import {
  Code,
  ConnectError,
  createClient,
  createRouterTransport,
  type Client,
  type Interceptor,
  type Transport,
} from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import type { FastifyInstance } from "fastify";
import { buildApp, type AppOptions } from "./app";
import { createActivityInterceptor } from "./activity/interceptor";
import { localActivityRecorder } from "./activity/local";
import { createAuthInterceptor } from "./auth/interceptor";
import { DEMO_TOKEN_LABEL, createServerContext } from "./bootstrap";
import { createClock } from "./clock";
import { configFromEnv, type ServerConfig } from "./config";
import type { ServerContext } from "./context";
import { seedDemoData } from "./seed/demo";
import { demoIds, type DemoIds } from "./seed/ids";
import { openDatabase } from "./store/db";
import { addGroupMember } from "./store/groups";
import { newId } from "./store/ids";
import { addApiToken, insertUser } from "./store/users";
import { randomSecret } from "./auth/secrets";
import { queryStringKey } from "./pagination";
import { createRoutes } from "./routes";

export const TEST_ADMIN_TOKEN = "test-admin-token-0123456789abcdef";
export const TEST_MEMBER_TOKEN = "test-member-token-0123456789abcdef";
export const TEST_NOW = new Date("2025-06-15T12:00:00.000Z");

export interface TestContext {
  ctx: ServerContext;
  ids: DemoIds;
  adminToken: string;
  memberToken: string;
}

export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    ...configFromEnv({}),
    port: 0,
    dataDir: ":memory:",
    now: TEST_NOW,
    staticDir: "/nonexistent",
    // Quiet test output; LOG_LEVEL=debug npx vitest … shows a test server's log.
    logLevel: process.env.LOG_LEVEL ?? "silent",
    ...overrides,
  };
}

/** An in-memory SQLite store seeded with the demo data; `now` replaces the clock (fixed time) when given. */
export function createTestContext(
  options: { now?: () => Date; config?: Partial<ServerConfig> } = {},
): TestContext {
  const config = testConfig(options.config);
  const ctx: ServerContext = {
    config,
    db: openDatabase(":memory:"),
    now: options.now ?? createClock(config.now),
  };
  const ids = seedDemoData(ctx);
  addApiToken(ctx.db, ids.users.admin, TEST_ADMIN_TOKEN, DEMO_TOKEN_LABEL, ctx.now());
  addApiToken(ctx.db, ids.users.member, TEST_MEMBER_TOKEN, DEMO_TOKEN_LABEL, ctx.now());
  return { ctx, ids, adminToken: TEST_ADMIN_TOKEN, memberToken: TEST_MEMBER_TOKEN };
}

/** Adds a user to the demo org (e.g. a runner ADMIN through "Platform team") and returns their API token. */
export function addTestUser(
  ctx: ServerContext,
  user: { displayName: string; orgRole?: "admin" | "member"; groupIds?: string[] },
): { userId: string; token: string } {
  const ids = demoIds();
  const userId = newId();
  const token = randomSecret("test_");
  ctx.db.transaction(() => {
    insertUser(ctx.db, {
      id: userId,
      orgId: ids.orgId,
      displayName: user.displayName,
      orgRole: user.orgRole ?? "member",
      createdAt: ctx.now(),
    });
    for (const groupId of user.groupIds ?? []) addGroupMember(ctx.db, groupId, userId);
    addApiToken(ctx.db, userId, token, "test", ctx.now());
  })();
  return { userId, token };
}

export function bearer(token: string | undefined): Interceptor {
  return (next) => (req) => {
    if (token) req.header.set("Authorization", `Bearer ${token}`);
    return next(req);
  };
}

/** The server's routes, activity log and auth interceptor over an in-memory transport, calling as the token's owner. */
export function createInMemoryTransport(ctx: ServerContext, token: string | undefined): Transport {
  return createRouterTransport(createRoutes(ctx), {
    router: { interceptors: [createActivityInterceptor(ctx, localActivityRecorder(ctx)), createAuthInterceptor(ctx)] },
    transport: { interceptors: [bearer(token)] },
  });
}

export interface TestServer extends TestContext {
  url: string;
  /** API base URL (url + apiPrefix). */
  baseUrl: string;
  dataDir: string;
  app: FastifyInstance;
  client<S extends DescService>(service: S, token?: string): Client<S>;
  close(): Promise<void>;
}

/**
 * A real listening server on 127.0.0.1:<random port> with a temp DATA_DIR (or the given one, to test restarts).
 * The demo users' tokens are TEST_ADMIN_TOKEN / TEST_MEMBER_TOKEN.
 */
export async function startTestServer(
  options: { dataDir?: string; config?: Partial<ServerConfig>; app?: AppOptions; keepDataDir?: boolean } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "runner-console-test-"));
  const config = testConfig({
    dataDir,
    adminToken: TEST_ADMIN_TOKEN,
    memberToken: TEST_MEMBER_TOKEN,
    ...options.config,
  });
  const { ctx } = createServerContext(config);
  const app = await buildApp(ctx, options.app);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  const baseUrl = `${url}${config.apiPrefix}`;
  return {
    ctx,
    ids: demoIds(),
    adminToken: TEST_ADMIN_TOKEN,
    memberToken: TEST_MEMBER_TOKEN,
    url,
    baseUrl,
    dataDir,
    app,
    client: (service, token = TEST_ADMIN_TOKEN) =>
      createClient(
        service,
        createConnectTransport({ baseUrl, httpVersion: "1.1", interceptors: [bearer(token)] }),
      ),
    async close() {
      await app.close();
      ctx.db.close();
      if (!options.dataDir && !options.keepDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export { queryStringKey };

/** The Connect code a call fails with, or undefined when it succeeds. */
export async function codeOf(call: Promise<unknown>): Promise<Code | undefined> {
  try {
    await call;
    return undefined;
  } catch (error) {
    return ConnectError.from(error).code;
  }
}
