import { describe, expect, it } from "vitest";
import { parseContextUrl, pullRequestWebUrl, resolveTreeRef, type ParsedContextUrl } from "./context-url";

function parsed(url: string): ParsedContextUrl {
  const result = parseContextUrl(url, (host) => (host === "git.acme.dev" ? "gitlab" : undefined));
  if (!result.ok) throw new Error(`expected ${url} to parse: ${result.error}`);
  return result.value;
}

describe("parseContextUrl", () => {
  it.each([
    ["https://github.com/acme/api", { kind: "default" }],
    ["https://github.com/acme/api.git", { kind: "default" }],
    ["https://github.com/acme/api/tree/feature/login", { kind: "tree", segments: ["feature", "login"] }],
    ["https://github.com/acme/api/blob/main/README.md", { kind: "tree", segments: ["main", "README.md"] }],
    ["https://github.com/acme/api/commit/ABCDEF1234567", { kind: "commit", sha: "abcdef1234567" }],
    ["https://github.com/acme/api/pull/42", { kind: "pullRequest", number: 42 }],
    ["https://github.com/acme/api/issues/7", { kind: "issue", number: 7 }],
    ["https://github.com/acme/api/releases/tag/v1.2.0", { kind: "tag", name: "v1.2.0" }],
  ])("GitHub %s", (url, ref) => {
    const value = parsed(url);
    expect(value).toMatchObject({ scmId: "github", host: "github.com", owner: "acme", repo: "api", ref });
    expect(value.cloneUrl).toBe("https://github.com/acme/api.git");
  });

  it.each([
    ["https://gitlab.com/acme/platform/infra", { kind: "default" }],
    ["https://gitlab.com/acme/platform/infra/-/tree/release/2.0", { kind: "tree", segments: ["release", "2.0"] }],
    ["https://gitlab.com/acme/platform/infra/-/commit/0123456789abcdef0123456789abcdef01234567", { kind: "commit", sha: "0123456789abcdef0123456789abcdef01234567" }],
    ["https://gitlab.com/acme/platform/infra/-/merge_requests/3", { kind: "pullRequest", number: 3 }],
    ["https://gitlab.com/acme/platform/infra/-/issues/12", { kind: "issue", number: 12 }],
    ["https://gitlab.com/acme/platform/infra/-/tags/v0.9", { kind: "tag", name: "v0.9" }],
  ])("GitLab %s (nested groups)", (url, ref) => {
    expect(parsed(url)).toMatchObject({ scmId: "gitlab", owner: "acme/platform", repo: "infra", ref });
    expect(parsed(url).cloneUrl).toBe("https://gitlab.com/acme/platform/infra.git");
  });

  it.each([
    ["https://bitbucket.org/acme/web", { kind: "default" }],
    ["https://bitbucket.org/acme/web/src/develop/app", { kind: "tree", segments: ["develop", "app"] }],
    ["https://bitbucket.org/acme/web/src/0123456789abcdef0123456789abcdef01234567/", { kind: "commit", sha: "0123456789abcdef0123456789abcdef01234567" }],
    ["https://bitbucket.org/acme/web/branch/feature/x", { kind: "branch", name: "feature/x" }],
    ["https://bitbucket.org/acme/web/commits/abcdef0", { kind: "commit", sha: "abcdef0" }],
    ["https://bitbucket.org/acme/web/commits/tag/v3", { kind: "tag", name: "v3" }],
    ["https://bitbucket.org/acme/web/pull-requests/5", { kind: "pullRequest", number: 5 }],
    ["https://bitbucket.org/acme/web/issues/9/some-title", { kind: "issue", number: 9 }],
  ])("Bitbucket %s", (url, ref) => {
    expect(parsed(url)).toMatchObject({ scmId: "bitbucket", owner: "acme", repo: "web", ref });
  });

  it.each([
    ["https://dev.azure.com/acme/Platform/_git/portal", "portal", { kind: "default" }],
    ["https://dev.azure.com/acme/Platform/_git/portal?version=GBfeature%2Fsso", "portal", { kind: "branch", name: "feature/sso" }],
    ["https://dev.azure.com/acme/Platform/_git/portal?version=GTv2.1", "portal", { kind: "tag", name: "v2.1" }],
    ["https://dev.azure.com/acme/Platform/_git/portal?version=GCabcdef0123", "portal", { kind: "commit", sha: "abcdef0123" }],
    ["https://dev.azure.com/acme/Platform/_git/portal/commit/abcdef0123", "portal", { kind: "commit", sha: "abcdef0123" }],
    ["https://dev.azure.com/acme/Platform/_git/portal/pullrequest/17", "portal", { kind: "pullRequest", number: 17 }],
    ["https://dev.azure.com/acme/Platform/_workitems/edit/301", "Platform", { kind: "issue", number: 301 }],
  ])("Azure DevOps %s", (url, repo, ref) => {
    const value = parsed(url);
    expect(value).toMatchObject({ scmId: "azure-devops", owner: "acme/Platform", repo, ref });
    expect(value.cloneUrl).toBe(`https://dev.azure.com/acme/Platform/_git/${repo}`);
  });

  it("knows self-managed hosts through the resolver", () => {
    expect(parsed("https://git.acme.dev/tools/cli/-/merge_requests/1")).toMatchObject({ scmId: "gitlab", host: "git.acme.dev" });
  });

  it.each([
    ["not a url", "not a URL"],
    ["ftp://github.com/acme/api", "only http(s)"],
    ["https://example.org/acme/api", "no SCM is known"],
    ["https://github.com/acme", "names no repository"],
    ["https://github.com/acme/api/pull/abc", "unsupported GitHub URL"],
    ["https://gitlab.com/acme", "group/project"],
    ["https://dev.azure.com/acme/Platform/portal", "_git"],
    ["https://dev.azure.com/acme/Platform/_git/portal?version=XX1", "unsupported Azure"],
  ])("rejects %s", (url, message) => {
    const result = parseContextUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});

describe("resolveTreeRef", () => {
  const refs = { branches: ["main", "feature/login"], tags: ["v1.0"] };
  it("prefers the longest ref name and tells tags from branches", () => {
    expect(resolveTreeRef(["feature", "login", "src", "a.ts"], refs)).toEqual({ kind: "branch", name: "feature/login" });
    expect(resolveTreeRef(["v1.0", "docs"], refs)).toEqual({ kind: "tag", name: "v1.0" });
    expect(resolveTreeRef(["0123456789abcdef0123456789abcdef01234567"], refs)).toMatchObject({ kind: "commit" });
    expect(resolveTreeRef(["nope"], refs)).toBeUndefined();
  });
});

it("builds pull-request URLs per SCM", () => {
  expect(pullRequestWebUrl("gitlab", "gitlab.com", "a/b", "c", 4)).toBe("https://gitlab.com/a/b/c/-/merge_requests/4");
  expect(pullRequestWebUrl("azure-devops", "dev.azure.com", "o/p", "r", 4)).toBe("https://dev.azure.com/o/p/_git/r/pullrequest/4");
});
