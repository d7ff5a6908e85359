import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { RunnerConfigurationService } from "../../gen/gitpod/v1/runner_configuration_pb";
import { LogLevel, RunnerReleaseChannel, RunnerService } from "../../gen/gitpod/v1/runner_pb";
import { describeApiCall } from "./describe";
import { apiBaseUrl, curlCommand, jsonBody, sdkSnippet, shellQuote } from "./render";
import { sdkMethodOf } from "./sdk-methods";

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
  it("calls the SDK's resource method with the JSON params, secrets from process.env", () => {
    const call = describeApiCall(configuration.createHostAuthenticationToken, { runnerId: "r-1", host: "github.com", token: "real" });
    const snippet = sdkSnippet(BASE, call);
    expect(snippet).toContain('import Gitpod from "@gitpod/sdk";');
    expect(snippet).toContain(`baseURL: "${BASE}"`);
    expect(snippet).toContain("await client.runners.configurations.hostAuthenticationTokens.create({");
    expect(snippet).toContain('  token: process.env["HOST_TOKEN"],');
    expect(snippet).not.toContain("real");
  });

  it("falls back to client.post for RPCs the SDK has no method for", () => {
    const call = describeApiCall(configuration.deleteLLMIntegration, { id: "l-1" });
    expect(sdkSnippet(BASE, call)).toContain('await client.post("/gitpod.v1.RunnerConfigurationService/DeleteLLMIntegration", { body: {\n  id: "l-1",\n} });');
  });

  it("maps every mutating RPC and tool the console calls to the SDK's method names", () => {
    const expected: Array<[{ parent: { name: string }; name: string }, string | undefined]> = [
      [runners.createRunner, "runners.create"],
      [runners.updateRunner, "runners.update"],
      [runners.deleteRunner, "runners.delete"],
      [runners.createRunnerToken, "runners.createRunnerToken"],
      [runners.createRunnerLogsToken, "runners.createLogsToken"],
      [runners.parseContextURL, "runners.parseContextURL"],
      [runners.searchRepositories, "runners.searchRepositories"],
      [runners.checkAuthenticationForHost, "runners.checkAuthenticationForHost"],
      [runners.listSCMOrganizations, undefined],
      [runners.checkRepositoryAccess, undefined],
      [runners.createRunnerPolicy, "runners.policies.create"],
      [runners.updateRunnerPolicy, "runners.policies.update"],
      [runners.deleteRunnerPolicy, "runners.policies.delete"],
      [configuration.createEnvironmentClass, "runners.configurations.environmentClasses.create"],
      [configuration.updateEnvironmentClass, "runners.configurations.environmentClasses.update"],
      [configuration.createHostAuthenticationToken, "runners.configurations.hostAuthenticationTokens.create"],
      [configuration.updateHostAuthenticationToken, "runners.configurations.hostAuthenticationTokens.update"],
      [configuration.deleteHostAuthenticationToken, "runners.configurations.hostAuthenticationTokens.delete"],
      [configuration.createSCMIntegration, "runners.configurations.scmIntegrations.create"],
      [configuration.updateSCMIntegration, "runners.configurations.scmIntegrations.update"],
      [configuration.deleteSCMIntegration, "runners.configurations.scmIntegrations.delete"],
      [configuration.validateRunnerConfiguration, "runners.configurations.validate"],
      [configuration.createLLMIntegration, undefined],
      [configuration.updateLLMIntegration, undefined],
      [configuration.deleteLLMIntegration, undefined],
    ];
    for (const [method, sdk] of expected) {
      const found = [...Object.values(runners), ...Object.values(configuration)].find((m) => m === method);
      expect(found && sdkMethodOf(found), `${method.parent.name}/${method.name}`).toBe(sdk);
    }
  });
});
