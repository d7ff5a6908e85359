import { Code, ConnectError } from "@connectrpc/connect";
import { StructSchema } from "@bufbuild/protobuf/wkt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorFixFromStruct } from "../../common/error-fix";
import { HostAuthenticationTokenSource, RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { startTestServer, type TestServer } from "../testing";
import { expectCode } from "./expect-code";

// Messages are shown to people as written: they name runners by name, never by id, and say where the fix is.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/i;
const fixOf = (error: ConnectError) => error.findDetails(StructSchema).map(errorFixFromStruct);

describe("server error messages", () => {
  it("a host without SCM integration names the runner and links to its SCM integrations", async () => {
    const runnerId = server.ids.runners.linuxBuild01;
    const error = await expectCode(
      server.client(RunnerConfigurationService).createHostAuthenticationToken({
        runnerId,
        host: "bitbucket.org",
        token: "x",
        source: HostAuthenticationTokenSource.PAT,
      }),
      Code.FailedPrecondition,
    );
    expect(error.rawMessage).toBe("linux-build-01 has no SCM integration for bitbucket.org");
    expect(fixOf(error)).toEqual([{ place: "runner-scm-integrations", runnerId }]);
  });

  it("a member without the ADMIN role is told the runner's name", async () => {
    const runnerId = server.ids.runners.linuxBuild01;
    const error = await expectCode(
      server.client(RunnerService, server.memberToken).updateRunner({ runnerId, name: "renamed" }),
      Code.PermissionDenied,
    );
    expect(error.rawMessage).toBe("you need the ADMIN role on runner linux-build-01 for this");
    expect(error.rawMessage).not.toMatch(UUID);
  });

  it("a tool call without a usable token says where to add one", async () => {
    const runnerId = server.ids.runners.linuxBuild01;
    const error = await expectCode(
      server.client(RunnerService).checkRepositoryAccess({ runnerId, repositoryUrl: "https://bitbucket.org/acme/app" }),
      Code.FailedPrecondition,
    );
    expect(error.rawMessage).not.toMatch(UUID);
    expect(error.rawMessage).toContain("linux-build-01");
    expect(fixOf(error)[0]?.runnerId).toBe(runnerId);
  });

  it("an empty token is 'required', not a length up to 9007199254740991", async () => {
    const error = await expectCode(
      server.client(RunnerConfigurationService).createHostAuthenticationToken({
        runnerId: server.ids.runners.linuxBuild01,
        host: "github.com",
        token: "",
        source: HostAuthenticationTokenSource.PAT,
      }),
      Code.InvalidArgument,
    );
    expect(error.rawMessage).toMatch(/^token is required/);
  });
});
