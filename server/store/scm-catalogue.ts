// Reads and seeds the local SCM catalogue (scm_* tables).
import type { Db } from "./db";
import type { CatalogueOrganization, CatalogueRepository, DemoUser } from "../scm/catalogue-data";

export interface RepositoryRow {
  id: number;
  host: string;
  owner: string;
  name: string;
  description: string;
  language: string;
  private: number;
  default_branch: string;
}

export interface RefRow {
  kind: "branch" | "tag";
  name: string;
  commit_sha: string;
}

export interface PullRequestRow {
  number: number;
  title: string;
  author: string;
  from_branch: string;
  to_branch: string;
  head_sha: string;
  state: number;
  draft: number;
}

export interface OrganizationRow {
  host: string;
  name: string;
  url: string;
  is_admin: number;
}

export function findRepository(db: Db, host: string, owner: string, name: string): RepositoryRow | undefined {
  // Hosts and owners are case-insensitive on every SCM the catalogue models.
  return db
    .prepare<[string, string, string], RepositoryRow>(
      "SELECT * FROM scm_repositories WHERE host = ? AND owner = ? COLLATE NOCASE AND name = ? COLLATE NOCASE",
    )
    .get(host, owner, name);
}

export function refsOf(db: Db, repositoryId: number): RefRow[] {
  return db
    .prepare<[number], RefRow>("SELECT kind, name, commit_sha FROM scm_refs WHERE repository_id = ?")
    .all(repositoryId);
}

/** A full SHA or a unique prefix of at least 7 characters. */
export function findCommit(db: Db, repositoryId: number, shaOrPrefix: string): string | undefined {
  const rows = db
    .prepare<[number, string], { sha: string }>(
      "SELECT sha FROM scm_commits WHERE repository_id = ? AND sha LIKE ? LIMIT 2",
    )
    .all(repositoryId, `${shaOrPrefix.toLowerCase()}%`);
  return rows.length === 1 ? rows[0]?.sha : undefined;
}

export function findPullRequest(db: Db, repositoryId: number, number: number): PullRequestRow | undefined {
  return db
    .prepare<[number, number], PullRequestRow>(
      "SELECT * FROM scm_pull_requests WHERE repository_id = ? AND number = ?",
    )
    .get(repositoryId, number);
}

export function findIssue(
  db: Db,
  repositoryId: number,
  number: number,
): { number: number; title: string } | undefined {
  return db
    .prepare<[number, number], { number: number; title: string }>(
      "SELECT number, title FROM scm_issues WHERE repository_id = ? AND number = ?",
    )
    .get(repositoryId, number);
}

/** Organisations (GitLab: groups) the user belongs to on a host. */
export function userOrganizations(db: Db, host: string, userId: string): OrganizationRow[] {
  return db
    .prepare<[string, string], OrganizationRow>(
      `SELECT o.host, o.name, o.url, m.is_admin FROM scm_org_members m
       JOIN scm_organizations o ON o.host = m.host AND o.name = m.org_name
       WHERE m.host = ? AND m.user_id = ? ORDER BY o.name`,
    )
    .all(host, userId);
}

/** Public repositories, or private ones of an organisation (or a parent GitLab group) the user belongs to. */
export function canRead(db: Db, repository: RepositoryRow, userId: string): boolean {
  if (!repository.private) return true;
  return userOrganizations(db, repository.host, userId).some(
    (org) =>
      org.name.toLowerCase() === repository.owner.toLowerCase() ||
      repository.owner.toLowerCase().startsWith(`${org.name.toLowerCase()}/`),
  );
}

export function readableRepositories(db: Db, hosts: string[], userId: string): RepositoryRow[] {
  if (hosts.length === 0) return [];
  const rows = db
    .prepare<string[], RepositoryRow>(
      `SELECT * FROM scm_repositories WHERE host IN (${hosts.map(() => "?").join(", ")})`,
    )
    .all(...hosts);
  return rows.filter((row) => canRead(db, row, userId));
}

export function insertCatalogue(
  db: Db,
  organizations: CatalogueOrganization[],
  repositories: CatalogueRepository[],
  users: Record<DemoUser, string>,
): void {
  const org = db.prepare("INSERT INTO scm_organizations (host, name, url) VALUES (?, ?, ?)");
  const member = db.prepare(
    "INSERT INTO scm_org_members (host, org_name, user_id, is_admin) VALUES (?, ?, ?, ?)",
  );
  for (const o of organizations) {
    org.run(o.host, o.name, o.url);
    for (const m of o.members) member.run(o.host, o.name, users[m.user], m.isAdmin ? 1 : 0);
  }
  const repo = db.prepare(
    `INSERT INTO scm_repositories (host, owner, name, description, language, private, default_branch)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const ref = db.prepare("INSERT INTO scm_refs (repository_id, kind, name, commit_sha) VALUES (?, ?, ?, ?)");
  const commit = db.prepare(
    "INSERT INTO scm_commits (repository_id, sha, message, author) VALUES (?, ?, ?, ?)",
  );
  const pr = db.prepare(
    `INSERT INTO scm_pull_requests (repository_id, number, title, author, from_branch, to_branch, head_sha, state, draft)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const issue = db.prepare("INSERT INTO scm_issues (repository_id, number, title) VALUES (?, ?, ?)");
  const states = { open: 1, closed: 2, merged: 3 } as const;
  for (const r of repositories) {
    const id = Number(
      repo.run(r.host, r.owner, r.name, r.description, r.language, r.private ? 1 : 0, r.defaultBranch)
        .lastInsertRowid,
    );
    for (const c of r.commits) commit.run(id, c.sha, c.message, c.author);
    for (const b of r.branches) ref.run(id, "branch", b.name, b.commit);
    for (const t of r.tags) ref.run(id, "tag", t.name, t.commit);
    for (const p of r.pullRequests)
      pr.run(
        id,
        p.number,
        p.title,
        p.author,
        p.fromBranch,
        p.toBranch,
        p.headSha,
        states[p.state],
        p.draft ? 1 : 0,
      );
    for (const i of r.issues) issue.run(id, i.number, i.title);
  }
}
