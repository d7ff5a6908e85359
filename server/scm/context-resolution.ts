// Turns a parsed context URL into ParseContextURL's answer by looking the repository, ref, PR or issue up in the
// local SCM catalogue: not_found when something does not exist, permission_denied for a private repository the
// user's SCM account cannot read.
import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { ParseContextURLResponseSchema, type ParseContextURLResponse } from "../../src/gen/gitpod/v1/runner_pb";
import { pullRequestWebUrl, resolveTreeRef, type ContextRef, type ParsedContextUrl } from "../../common/context-url";
import type { Db } from "../store/db";
import { notFound, permissionDenied } from "../errors";
import {
  canRead,
  findCommit,
  findIssue,
  findPullRequest,
  findRepository,
  refsOf,
  type RepositoryRow,
} from "../store/scm-catalogue";

interface Resolved {
  branch: string;
  commit: string;
  tag: string;
}

type ResponseInit = MessageInitShape<typeof ParseContextURLResponseSchema>;

export function resolveContext(db: Db, parsed: ParsedContextUrl, userId: string, originalUrl: string): ParseContextURLResponse {
  const repo = findRepository(db, parsed.host, parsed.owner, parsed.repo);
  const name = `${parsed.owner}/${parsed.repo}`;
  if (!repo) throw notFound(`repository ${name} not found on ${parsed.host}`);
  if (!canRead(db, repo, userId)) throw permissionDenied(`your ${parsed.host} account cannot read ${name}`);
  const response: ResponseInit = { originalContextUrl: originalUrl, scmId: parsed.scmId };
  const cloneUrl = parsed.scmId === "azure-devops" ? `https://${repo.host}/${repo.owner}/_git/${repo.name}` : `https://${repo.host}/${repo.owner}/${repo.name}.git`;
  const resolved = resolveRef(db, repo, parsed.ref, response, parsed);
  if (response.pullRequest?.repository) response.pullRequest.repository.cloneUrl = cloneUrl;
  response.git = { cloneUrl, host: repo.host, owner: repo.owner, repo: repo.name, upstreamRemoteUrl: "", ...resolved };
  return create(ParseContextURLResponseSchema, response);
}

function resolveRef(
  db: Db,
  repo: RepositoryRow,
  ref: ContextRef,
  response: ResponseInit,
  parsed: ParsedContextUrl,
): Resolved {
  const refs = refsOf(db, repo.id);
  const branchHead = (name: string) => refs.find((r) => r.kind === "branch" && r.name === name)?.commit_sha;
  const onDefault = (): Resolved => ({ branch: repo.default_branch, commit: branchHead(repo.default_branch) ?? "", tag: "" });
  switch (ref.kind) {
    case "default":
      return onDefault();
    case "tree": {
      const names = { branches: refs.filter((r) => r.kind === "branch").map((r) => r.name), tags: refs.filter((r) => r.kind === "tag").map((r) => r.name) };
      const resolvedRef = resolveTreeRef(ref.segments, names);
      if (!resolvedRef) throw notFound(`no branch or tag "${ref.segments.join("/")}" in ${repo.owner}/${repo.name}`);
      return resolveRef(db, repo, resolvedRef, response, parsed);
    }
    case "branch": {
      const commit = branchHead(ref.name);
      if (!commit) throw notFound(`branch ${ref.name} not found in ${repo.owner}/${repo.name}`);
      return { branch: ref.name, commit, tag: "" };
    }
    case "tag": {
      const commit = refs.find((r) => r.kind === "tag" && r.name === ref.name)?.commit_sha;
      if (!commit) throw notFound(`tag ${ref.name} not found in ${repo.owner}/${repo.name}`);
      return { branch: "", commit, tag: ref.name };
    }
    case "commit": {
      const commit = findCommit(db, repo.id, ref.sha);
      if (!commit) throw notFound(`commit ${ref.sha} not found in ${repo.owner}/${repo.name}`);
      return { branch: "", commit, tag: "" };
    }
    case "pullRequest": {
      const pr = findPullRequest(db, repo.id, ref.number);
      if (!pr) throw notFound(`pull request #${ref.number} not found in ${repo.owner}/${repo.name}`);
      const id = String(pr.number);
      response.pr = { id, title: pr.title, fromBranch: pr.from_branch, toBranch: pr.to_branch };
      response.pullRequest = {
        id,
        title: pr.title,
        fromBranch: pr.from_branch,
        toBranch: pr.to_branch,
        url: pullRequestWebUrl(parsed.scmId, repo.host, repo.owner, repo.name, pr.number),
        author: pr.author,
        draft: pr.draft === 1,
        state: pr.state,
        headSha: pr.head_sha,
        repository: { cloneUrl: "", host: repo.host, owner: repo.owner, name: repo.name },
      };
      return { branch: pr.from_branch, commit: pr.head_sha, tag: "" };
    }
    case "issue": {
      const issue = findIssue(db, repo.id, ref.number);
      if (!issue) throw notFound(`issue #${ref.number} not found in ${repo.owner}/${repo.name}`);
      response.issue = { id: String(issue.number), title: issue.title };
      return onDefault();
    }
  }
}
