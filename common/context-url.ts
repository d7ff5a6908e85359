// Context-URL parsing shared by the server (ParseContextURL, CheckRepositoryAccess) and the UI (tools tab hints).
// Knows the URL forms of GitHub, GitLab, Bitbucket and Azure DevOps; says nothing about whether a repo exists.

export type ScmKind = "github" | "gitlab" | "bitbucket" | "azure-devops";

/** The hosts each SCM answers on when no integration says otherwise (the schema's defaultHosts). */
export const DEFAULT_SCM_HOSTS: Readonly<Record<string, ScmKind>> = {
  "github.com": "github",
  "gitlab.com": "gitlab",
  "bitbucket.org": "bitbucket",
  "dev.azure.com": "azure-devops",
};

/**
 * What the URL points at inside the repository. `tree` is a branch or tag that only the SCM can tell apart
 * (GitHub's /tree/x, Bitbucket's /src/x): its segments may also contain a file path after the ref name.
 */
export type ContextRef =
  | { kind: "default" }
  | { kind: "tree"; segments: string[] }
  | { kind: "branch"; name: string }
  | { kind: "tag"; name: string }
  | { kind: "commit"; sha: string }
  | { kind: "pullRequest"; number: number }
  | { kind: "issue"; number: number };

export interface ParsedContextUrl {
  scmId: ScmKind;
  host: string;
  /** GitHub/Bitbucket: user or org; GitLab: the group path (may contain "/"); Azure DevOps: "organization/project". */
  owner: string;
  repo: string;
  cloneUrl: string;
  ref: ContextRef;
}

export type ParseResult = { ok: true; value: ParsedContextUrl } | { ok: false; error: string };

const COMMIT = /^[0-9a-f]{7,40}$/i;
const NUMBER = /^[1-9]\d{0,9}$/;

/**
 * Parses a web or clone URL. `scmForHost` maps hosts of self-managed SCMs (from the runner's integrations) to
 * their kind; the default hosts are always known.
 */
export function parseContextUrl(input: string, scmForHost: (host: string) => ScmKind | undefined = () => undefined): ParseResult {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return fail("not a URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return fail("only http(s) URLs name a repository");
  const host = url.host.toLowerCase();
  const scmId = DEFAULT_SCM_HOSTS[host] ?? scmForHost(host);
  if (!scmId) return fail(`no SCM is known for host ${host}`);
  const segments = url.pathname
    .split("/")
    .filter((s) => s !== "")
    .map(safeDecode);
  if (segments.some((s) => s === undefined)) return fail("the path is not valid percent-encoding");
  const path = segments.filter((s): s is string => s !== undefined);
  const origin = `${url.protocol}//${host}`;
  switch (scmId) {
    case "github":
      return parseGitHub(origin, host, path);
    case "gitlab":
      return parseGitLab(origin, host, path);
    case "bitbucket":
      return parseBitbucket(origin, host, path);
    case "azure-devops":
      return parseAzure(origin, host, path, url.searchParams);
  }
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}

function stripGit(name: string): string {
  return name.endsWith(".git") ? name.slice(0, -4) : name;
}

function ok(scmId: ScmKind, host: string, owner: string, repo: string, cloneUrl: string, ref: ContextRef): ParseResult {
  if (!owner || !repo) return fail("the URL names no repository");
  return { ok: true, value: { scmId, host, owner, repo, cloneUrl, ref } };
}

function numbered(kind: "pullRequest" | "issue", value: string | undefined): ContextRef | undefined {
  return value !== undefined && NUMBER.test(value) ? { kind, number: Number(value) } : undefined;
}

function commitRef(value: string | undefined): ContextRef | undefined {
  return value !== undefined && COMMIT.test(value) ? { kind: "commit", sha: value.toLowerCase() } : undefined;
}

function parseGitHub(origin: string, host: string, path: string[]): ParseResult {
  const [owner = "", rawRepo = "", section, ...rest] = path;
  const repo = stripGit(rawRepo);
  const cloneUrl = `${origin}/${owner}/${repo}.git`;
  const ref = githubRef(section, rest);
  if (!ref) return fail(`unsupported GitHub URL form: /${path.join("/")}`);
  return ok("github", host, owner, repo, cloneUrl, ref);
}

function githubRef(section: string | undefined, rest: string[]): ContextRef | undefined {
  if (section === undefined) return { kind: "default" };
  switch (section) {
    case "tree":
    case "blob":
      return rest.length > 0 ? { kind: "tree", segments: rest } : undefined;
    case "commit":
      return commitRef(rest[0]);
    case "pull":
      return numbered("pullRequest", rest[0]);
    case "issues":
      return numbered("issue", rest[0]);
    case "releases":
      return rest[0] === "tag" && rest.length > 1 ? { kind: "tag", name: rest.slice(1).join("/") } : undefined;
    default:
      return undefined;
  }
}

function parseGitLab(origin: string, host: string, path: string[]): ParseResult {
  // Everything before "/-/" is the project path: group/subgroup/.../project.
  const dash = path.indexOf("-");
  const projectPath = dash === -1 ? path : path.slice(0, dash);
  if (projectPath.length < 2) return fail("a GitLab URL names group/project");
  const repo = stripGit(projectPath[projectPath.length - 1] ?? "");
  const owner = projectPath.slice(0, -1).join("/");
  const cloneUrl = `${origin}/${owner}/${repo}.git`;
  const ref = dash === -1 ? { kind: "default" as const } : gitlabRef(path[dash + 1], path.slice(dash + 2));
  if (!ref) return fail(`unsupported GitLab URL form: /${path.join("/")}`);
  return ok("gitlab", host, owner, repo, cloneUrl, ref);
}

function gitlabRef(section: string | undefined, rest: string[]): ContextRef | undefined {
  switch (section) {
    case "tree":
    case "blob":
      return rest.length > 0 ? { kind: "tree", segments: rest } : undefined;
    case "commit":
      return commitRef(rest[0]);
    case "merge_requests":
      return numbered("pullRequest", rest[0]);
    case "issues":
      return numbered("issue", rest[0]);
    case "tags":
      return rest.length > 0 ? { kind: "tag", name: rest.join("/") } : undefined;
    default:
      return undefined;
  }
}

function parseBitbucket(origin: string, host: string, path: string[]): ParseResult {
  const [owner = "", rawRepo = "", section, ...rest] = path;
  const repo = stripGit(rawRepo);
  const cloneUrl = `${origin}/${owner}/${repo}.git`;
  const ref = bitbucketRef(section, rest);
  if (!ref) return fail(`unsupported Bitbucket URL form: /${path.join("/")}`);
  return ok("bitbucket", host, owner, repo, cloneUrl, ref);
}

function bitbucketRef(section: string | undefined, rest: string[]): ContextRef | undefined {
  if (section === undefined) return { kind: "default" };
  switch (section) {
    case "src":
      if (rest.length === 0) return { kind: "default" };
      // /src/<ref>/<path>: a full SHA is a commit, anything else a branch or tag.
      return resolveTreeRef(rest, { branches: [], tags: [] }) ?? { kind: "tree", segments: rest };
    case "branch":
      return rest.length > 0 ? { kind: "branch", name: rest.join("/") } : undefined;
    case "commits":
      if (rest[0] === "tag" && rest.length > 1) return { kind: "tag", name: rest.slice(1).join("/") };
      return commitRef(rest[0]);
    case "pull-requests":
      return numbered("pullRequest", rest[0]);
    case "issues":
      return numbered("issue", rest[0]);
    default:
      return undefined;
  }
}

function parseAzure(origin: string, host: string, path: string[], query: URLSearchParams): ParseResult {
  const [organization = "", project = "", section, ...rest] = path;
  const owner = organization && project ? `${organization}/${project}` : "";
  // Work items belong to the project, not a repository: they open the project's default repository.
  if (section === "_workitems") {
    const ref = rest[0] === "edit" ? numbered("issue", rest[1]) : undefined;
    if (!ref) return fail(`unsupported Azure DevOps URL form: /${path.join("/")}`);
    return ok("azure-devops", host, owner, project, `${origin}/${owner}/_git/${project}`, ref);
  }
  if (section !== "_git") return fail("an Azure DevOps repository URL has the form /organization/project/_git/repository");
  const [rawRepo = "", sub, id] = rest;
  const repo = stripGit(rawRepo);
  const cloneUrl = `${origin}/${owner}/_git/${repo}`;
  const ref = azureRef(sub, id, query.get("version"));
  if (!ref) return fail(`unsupported Azure DevOps URL form: /${path.join("/")}`);
  return ok("azure-devops", host, owner, repo, cloneUrl, ref);
}

function azureRef(sub: string | undefined, id: string | undefined, version: string | null): ContextRef | undefined {
  if (sub === "commit") return commitRef(id);
  if (sub === "pullrequest") return numbered("pullRequest", id);
  if (sub !== undefined) return undefined;
  if (!version) return { kind: "default" };
  const name = version.slice(2);
  if (!name) return undefined;
  if (version.startsWith("GB")) return { kind: "branch", name };
  if (version.startsWith("GT")) return { kind: "tag", name };
  if (version.startsWith("GC")) return commitRef(name);
  return undefined;
}

/**
 * Resolves a `tree` ref against the repository's branches and tags: the longest leading run of segments that
 * names a tag or branch wins (branch names may contain "/"); a full commit SHA is a commit.
 */
export function resolveTreeRef(
  segments: string[],
  refs: { branches: readonly string[]; tags: readonly string[] },
): ContextRef | undefined {
  for (let length = segments.length; length > 0; length--) {
    const name = segments.slice(0, length).join("/");
    if (refs.tags.includes(name)) return { kind: "tag", name };
    if (refs.branches.includes(name)) return { kind: "branch", name };
  }
  const first = segments[0];
  if (first !== undefined && /^[0-9a-f]{40}$/i.test(first)) return { kind: "commit", sha: first.toLowerCase() };
  return undefined;
}

/** The web URL of a repository (what SearchRepositories returns). */
export function repositoryWebUrl(scmId: ScmKind, host: string, owner: string, repo: string): string {
  if (scmId === "azure-devops") return `https://${host}/${owner}/_git/${repo}`;
  return `https://${host}/${owner}/${repo}`;
}

/** The web URL of a pull request / merge request. */
export function pullRequestWebUrl(scmId: ScmKind, host: string, owner: string, repo: string, number: number): string {
  const base = repositoryWebUrl(scmId, host, owner, repo);
  switch (scmId) {
    case "github":
      return `${base}/pull/${number}`;
    case "gitlab":
      return `${base}/-/merge_requests/${number}`;
    case "bitbucket":
      return `${base}/pull-requests/${number}`;
    case "azure-devops":
      return `${base}/pullrequest/${number}`;
  }
}
