import { execFileSync } from "node:child_process";
import type { DescMethod } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { ActivityService } from "../../gen/console/v1/activity_pb";
import { RunnerConfigurationService } from "../../gen/gitpod/v1/runner_configuration_pb";
import { LogLevel, RunnerReleaseChannel, RunnerService } from "../../gen/gitpod/v1/runner_pb";
import { describeApiCall } from "./describe";
import { apiBaseUrl, curlCommand, jsonBody, sdkSnippet, shellQuote } from "./render";
import { sdkCallOf } from "./sdk-methods";

const BASE = "https://console.example.com/api";
const runners = RunnerService.method;
const configuration = RunnerConfigurationService.method;

/** What a shell (bash) makes of a command's words: runs `printf '%s\n'` over them with the given environment. */
function shellWords(command: string, env: Record<string, string> = {}): string[] {
  const printed = execFileSync("bash", ["-c", command.replace(/^curl /, "printf '%s\\0' ")], {
    env: { PATH: process.env.PATH ?? "", GITPOD_TOKEN: "t0k", ...env },
    encoding: "utf8",
  });
  return printed.split("\0").slice(0, -1);
}

describe("describeApiCall", () => {
  it("serializes the request as Connect wire JSON: camelCase names, enum names, absent optionals left out", () => {
    const call = describeApiCall(runners.updateRunner, {
      runnerId: "r-1",
      spec: { configuration: { releaseChannel: RunnerReleaseChannel.LATEST, autoUpdate: false, logLevel: LogLevel.DEBUG } },
    });
    expect(call.rpc).toBe("gitpod.v1.RunnerService/UpdateRunner");
    expect(call.body).toEqual({
      runnerId: "r-1",
      spec: { configuration: { releaseChannel: "RUNNER_RELEASE_CHANNEL_LATEST", autoUpdate: false, logLevel: "LOG_LEVEL_DEBUG" } },
    });
  });

  it("replaces every typed secret by a placeholder and keeps empty ones empty", () => {
    const host = describeApiCall(configuration.createHostAuthenticationToken, {
      runnerId: "r-1",
      host: "github.com",
      token: "ghp_realSecret",
      refreshToken: "",
    });
    expect(jsonBody(host)).toContain('"token": "<your token>"');
    expect(jsonBody(host)).not.toContain("ghp_realSecret");

    const runner = describeApiCall(runners.updateRunner, {
      runnerId: "r-1",
      spec: { configuration: { metrics: { password: "hunter2", username: "ops" }, honeycombApiKey: "hc-key" } },
    });
    const text = `${jsonBody(runner)}${curlCommand(BASE, runner)}${sdkSnippet(BASE, runner)}`;
    expect(text).not.toMatch(/hunter2|hc-key/);
    expect(jsonBody(runner)).toContain('"password": "<your metrics password>"');
    expect(jsonBody(runner)).toContain('"username": "ops"');

    const scm = describeApiCall(configuration.updateSCMIntegration, { id: "s-1", oauthPlaintextClientSecret: "cs-secret", oauthClientId: "" });
    expect(jsonBody(scm)).toContain('"oauthPlaintextClientSecret": "<your OAuth client secret>"');
    expect(jsonBody(scm)).toContain('"oauthClientId": ""');

    const llm = describeApiCall(configuration.createLLMIntegration, { runnerId: "r-1", apiKey: "sk-live" });
    expect(jsonBody(llm)).toContain('"apiKey": "<your API key>"');

    const validate = describeApiCall(configuration.validateRunnerConfiguration, {
      runnerId: "r-1",
      config: { case: "scmIntegration", value: { host: "gitlab.com", oauthClientSecret: { case: "oauthPlaintextClientSecret", value: "inner" } } },
    });
    expect(jsonBody(validate)).toContain('"oauthPlaintextClientSecret": "<your OAuth client secret>"');
    expect(jsonBody(validate)).not.toContain("inner");
  });
});

describe("curlCommand", () => {
  it("posts to the console's API base with the token from $GITPOD_TOKEN and the Connect headers", () => {
    const call = describeApiCall(runners.deleteRunner, { runnerId: "r-1" });
    const words = shellWords(curlCommand(BASE, call));
    expect(words).toEqual([
      "-sS",
      "-X",
      "POST",
      "https://console.example.com/api/gitpod.v1.RunnerService/DeleteRunner",
      "-H",
      "Authorization: Bearer t0k",
      "-H",
      "Content-Type: application/json",
      "-H",
      "Connect-Protocol-Version: 1",
      "--data-binary",
      '{\n  "runnerId": "r-1"\n}',
    ]);
  });

  it("quotes single quotes in typed values so the shell passes them through unchanged", () => {
    const call = describeApiCall(runners.updateRunner, { runnerId: "r-1", name: "Ada's runner '; rm -rf ~ '" });
    const body = shellWords(curlCommand(BASE, call)).at(-1) ?? "";
    expect(JSON.parse(body)).toEqual({ runnerId: "r-1", name: "Ada's runner '; rm -rf ~ '" });
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });

  it("reads each secret from its own variable, never from the text", () => {
    const call = describeApiCall(configuration.createHostAuthenticationToken, { runnerId: "r-1", host: "github.com", token: "real", refreshToken: "also-real" });
    const command = curlCommand(BASE, call);
    expect(command).toContain(`"'"$HOST_TOKEN"'"`);
    expect(command).not.toMatch(/real/);
    const body = shellWords(command, { HOST_TOKEN: "from-env", REFRESH_TOKEN: "refresh-env" }).at(-1) ?? "";
    expect(JSON.parse(body)).toMatchObject({ token: "from-env", refreshToken: "refresh-env", host: "github.com" });
  });
});

describe("apiBaseUrl", () => {
  it("joins the window origin and the API prefix, and keeps an absolute (embedded) base", () => {
    expect(apiBaseUrl("http://127.0.0.1:8080", "/api")).toBe("http://127.0.0.1:8080/api");
    expect(apiBaseUrl("http://127.0.0.1:8080", "https://console.example.com/api")).toBe("https://console.example.com/api");
  });
});

describe("sdkSnippet", () => {
  it("calls the SDK 1.x service client with the request parsed from the JSON body, secrets from process.env", () => {
    const call = describeApiCall(configuration.createHostAuthenticationToken, { runnerId: "r-1", host: "github.com", token: "real" });
    const snippet = sdkSnippet(BASE, call) ?? "";
    expect(snippet).toContain('import { createClient } from "@gitpod/sdk";');
    expect(snippet).toContain('import { CreateHostAuthenticationTokenRequestSchema } from "@gitpod/sdk/gitpod/v1/runner_configuration_pb";');
    expect(snippet).toContain(`baseUrl: "${BASE}"`);
    expect(snippet).toContain("await ona.services.runnerConfiguration.createHostAuthenticationToken(\n  fromJson(CreateHostAuthenticationTokenRequestSchema, {");
    expect(snippet).toContain('    token: process.env["HOST_TOKEN"] ?? "",');
    expect(snippet).not.toContain("real");
  });

  it("maps every mutating RPC and tool the console calls to the SDK's service client and method", () => {
    const expected: Array<[DescMethod, string]> = [
      [runners.createRunner, "runner.createRunner"],
      [runners.updateRunner, "runner.updateRunner"],
      [runners.deleteRunner, "runner.deleteRunner"],
      [runners.createRunnerToken, "runner.createRunnerToken"],
      [runners.createRunnerLogsToken, "runner.createRunnerLogsToken"],
      [runners.parseContextURL, "runner.parseContextURL"],
      [runners.searchRepositories, "runner.searchRepositories"],
      [runners.checkAuthenticationForHost, "runner.checkAuthenticationForHost"],
      [runners.listSCMOrganizations, "runner.listSCMOrganizations"],
      [runners.checkRepositoryAccess, "runner.checkRepositoryAccess"],
      [runners.createRunnerPolicy, "runner.createRunnerPolicy"],
      [runners.updateRunnerPolicy, "runner.updateRunnerPolicy"],
      [runners.deleteRunnerPolicy, "runner.deleteRunnerPolicy"],
      [configuration.createEnvironmentClass, "runnerConfiguration.createEnvironmentClass"],
      [configuration.updateEnvironmentClass, "runnerConfiguration.updateEnvironmentClass"],
      [configuration.createHostAuthenticationToken, "runnerConfiguration.createHostAuthenticationToken"],
      [configuration.updateHostAuthenticationToken, "runnerConfiguration.updateHostAuthenticationToken"],
      [configuration.deleteHostAuthenticationToken, "runnerConfiguration.deleteHostAuthenticationToken"],
      [configuration.createSCMIntegration, "runnerConfiguration.createSCMIntegration"],
      [configuration.updateSCMIntegration, "runnerConfiguration.updateSCMIntegration"],
      [configuration.deleteSCMIntegration, "runnerConfiguration.deleteSCMIntegration"],
      [configuration.validateRunnerConfiguration, "runnerConfiguration.validateRunnerConfiguration"],
      [configuration.createLLMIntegration, "runnerConfiguration.createLLMIntegration"],
      [configuration.updateLLMIntegration, "runnerConfiguration.updateLLMIntegration"],
      [configuration.deleteLLMIntegration, "runnerConfiguration.deleteLLMIntegration"],
    ];
    for (const [method, sdk] of expected) {
      const found = sdkCallOf(method);
      expect(found && `${found.client}.${found.method}`, `${method.parent.name}/${method.name}`).toBe(sdk);
    }
  });

  it("shows no SDK call for an RPC the SDK does not have (the console's own ActivityService)", () => {
    expect(sdkCallOf(ActivityService.method.listActivity)).toBeUndefined();
  });
});
