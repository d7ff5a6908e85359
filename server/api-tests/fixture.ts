import type { DescService } from "@bufbuild/protobuf";
import type { Client } from "@connectrpc/connect";
import { addTestUser, startTestServer, type TestServer } from "../testing";

/** The four callers of the permission table, plus anonymous. */
export type Caller = "admin" | "runnerAdmin" | "runnerUser" | "noAccess" | "anonymous";

export interface ApiFixture {
  server: TestServer;
  tokens: Record<Exclude<Caller, "anonymous">, string>;
  as<S extends DescService>(caller: Caller, service: S): Client<S>;
}

/**
 * A listening server with the demo data and: Ada (org admin), Pat (member of "Platform team" → runner ADMIN on
 * aws-prod-eu), Max (member of "Developers" → runner USER on linux-build-01 and gcp-ml), Nora (member, no groups).
 */
export async function startApiFixture(): Promise<ApiFixture> {
  const server = await startTestServer();
  const pat = addTestUser(server.ctx, {
    displayName: "Pat Platform",
    groupIds: [server.ids.groups.platformTeam],
  });
  const nora = addTestUser(server.ctx, { displayName: "Nora Nobody" });
  const tokens = {
    admin: server.adminToken,
    runnerAdmin: pat.token,
    runnerUser: server.memberToken,
    noAccess: nora.token,
  };
  return {
    server,
    tokens,
    as: (caller, service) => server.client(service, caller === "anonymous" ? "" : tokens[caller]),
  };
}
