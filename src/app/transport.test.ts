import { Code, ConnectError, createClient, createRouterTransport } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { createAuthInterceptor } from "../../server/auth/interceptor";
import { createRoutes } from "../../server/routes";
import { createTestContext } from "../../server/testing";
import { IdentityService } from "../gen/gitpod/v1/identity_pb";
import { RunnerService } from "../gen/gitpod/v1/runner_pb";
import { bearerTokenInterceptor, reauthenticateInterceptor } from "./transport";

// The embedded-mode token handling against the real server routes and auth, in memory.
function identityClient(getToken: () => Promise<string>) {
  const { ctx } = createTestContext();
  const transport = createRouterTransport(createRoutes(ctx), {
    router: { interceptors: [createAuthInterceptor(ctx)] },
    transport: { interceptors: [bearerTokenInterceptor(getToken)] },
  });
  return createClient(IdentityService, transport);
}

describe("bearerTokenInterceptor", () => {
  it("asks for a fresh token once after `unauthenticated`, retries, then keeps using it", async () => {
    const { adminToken } = createTestContext();
    const handed: string[] = [];
    const tokens = ["expired-token-0123456789abcdef", adminToken];
    const client = identityClient(async () => {
      const next = tokens[Math.min(handed.length, tokens.length - 1)] ?? "";
      handed.push(next);
      return next;
    });

    const first = await client.getAuthenticatedIdentity({});
    expect(first.subject?.id).toBeTruthy();
    await client.getAuthenticatedIdentity({});
    expect(handed).toEqual(["expired-token-0123456789abcdef", adminToken]);
  });

  it("gives up after one refresh when the new token is refused too", async () => {
    let asked = 0;
    const client = identityClient(async () => {
      asked++;
      return "never-valid-token-0123456789abcdef";
    });
    const error = await client.getAuthenticatedIdentity({}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectError);
    expect(error instanceof ConnectError && error.code).toBe(Code.Unauthenticated);
    expect(asked).toBe(2);
  });
});

describe("reauthenticateInterceptor", () => {
  // The session cookie is modelled by a token the "browser" sends; signing in again replaces it.
  function renameClient(reauthenticate: (session: { token: string }) => Promise<void>) {
    const { ctx, ids, adminToken } = createTestContext();
    const session = { token: "expired-session-0123456789abcdef" };
    const transport = createRouterTransport(createRoutes(ctx), {
      router: { interceptors: [createAuthInterceptor(ctx)] },
      transport: {
        interceptors: [
          reauthenticateInterceptor(() => reauthenticate(session)),
          (next) => (request) => {
            request.header.set("Authorization", `Bearer ${session.token}`);
            return next(request);
          },
        ],
      },
    });
    return { client: createClient(RunnerService, transport), ids, adminToken };
  }

  it("waits for the user to sign in again, then sends the same mutation once more", async () => {
    const signedIn: string[] = [];
    const { client, ids, adminToken } = renameClient(async (session) => {
      signedIn.push("again");
      session.token = validToken;
    });
    const validToken = adminToken;
    await client.updateRunner({ runnerId: ids.runners.linuxBuild01, name: "kept-through-sign-in" });
    expect(signedIn).toEqual(["again"]);
    expect((await client.getRunner({ runnerId: ids.runners.linuxBuild01 })).runner?.name).toBe("kept-through-sign-in");
  });

  it("a closed sign-in dialog lets the original `unauthenticated` through", async () => {
    const { client, ids } = renameClient(() => Promise.reject(new Error("closed")));
    const error = await client.updateRunner({ runnerId: ids.runners.linuxBuild01, name: "x" }).catch((caught: unknown) => caught);
    expect(error instanceof ConnectError && error.code).toBe(Code.Unauthenticated);
  });
});
