// The local SCM catalogue of the demo data: organisations, repositories, refs, commits, PRs/MRs and issues on
// github.com, gitlab.com, bitbucket.org and dev.azure.com. Generated from fixed names, so every start is identical.
import crypto from "node:crypto";

export type DemoUser = "admin" | "member";

export interface CatalogueOrganization {
  host: string;
  name: string;
  url: string;
  members: { user: DemoUser; isAdmin: boolean }[];
}

export interface CatalogueRepository {
  host: string;
  owner: string;
  name: string;
  description: string;
  language: string;
  private: boolean;
  defaultBranch: string;
  branches: { name: string; commit: string }[];
  tags: { name: string; commit: string }[];
  commits: { sha: string; message: string; author: string }[];
  pullRequests: { number: number; title: string; author: string; fromBranch: string; toBranch: string; headSha: string; state: "open" | "closed" | "merged"; draft: boolean }[];
  issues: { number: number; title: string }[];
}

function sha(...parts: string[]): string {
  return crypto.createHash("sha1").update(parts.join("\u0000")).digest("hex");
}

const ORGANIZATIONS: CatalogueOrganization[] = [
  { host: "github.com", name: "acme-platform", url: "https://github.com/acme-platform", members: [{ user: "admin", isAdmin: true }, { user: "member", isAdmin: false }] },
  { host: "github.com", name: "acme-labs", url: "https://github.com/acme-labs", members: [{ user: "admin", isAdmin: false }] },
  { host: "github.com", name: "octo-demo", url: "https://github.com/octo-demo", members: [] },
  { host: "gitlab.com", name: "acme", url: "https://gitlab.com/acme", members: [{ user: "admin", isAdmin: true }, { user: "member", isAdmin: false }] },
  { host: "gitlab.com", name: "acme/platform", url: "https://gitlab.com/acme/platform", members: [{ user: "admin", isAdmin: true }] },
  { host: "bitbucket.org", name: "acme-web", url: "https://bitbucket.org/acme-web", members: [{ user: "admin", isAdmin: true }] },
  { host: "dev.azure.com", name: "acme/Platform", url: "https://dev.azure.com/acme/Platform", members: [{ user: "admin", isAdmin: true }, { user: "member", isAdmin: false }] },
];

interface RepoSeed {
  host: string;
  owner: string;
  name: string;
  description: string;
  language: string;
  private?: boolean;
  defaultBranch?: string;
}

const GITHUB_PLATFORM = [
  ["api", "Public REST and Connect API", "Go"],
  ["console", "Runner Console web app", "TypeScript"],
  ["runner-agent", "Agent running on every runner host", "Go"],
  ["infra", "Terraform for all environments", "HCL"],
  ["docs", "Product documentation", "MDX"],
  ["design-system", "Shared React components", "TypeScript"],
  ["billing", "Usage metering and invoices", "Go"],
  ["auth-proxy", "OIDC-aware reverse proxy", "Rust"],
] as const;

const REPOS: RepoSeed[] = [
  ...GITHUB_PLATFORM.map(([name, description, language]) => ({ host: "github.com", owner: "acme-platform", name, description, language, private: name !== "docs" })),
  // Numbered services show natural sort order in SearchRepositories (service-2 before service-10).
  ...Array.from({ length: 12 }, (_, i) => ({ host: "github.com", owner: "acme-platform", name: `service-${i + 1}`, description: `Microservice number ${i + 1}`, language: i % 2 ? "Java" : "Go", private: true })),
  { host: "github.com", owner: "acme-labs", name: "ml-experiments", description: "Notebooks and training jobs", language: "Python", private: true },
  { host: "github.com", owner: "acme-labs", name: "prototype-ui", description: "UI spikes", language: "TypeScript", private: true },
  { host: "github.com", owner: "octo-demo", name: "hello-world", description: "The classic first repository", language: "Markdown", private: false, defaultBranch: "master" },
  { host: "github.com", owner: "octo-demo", name: "spoon-knife", description: "Fork me to practise pull requests", language: "HTML", private: false },
  { host: "gitlab.com", owner: "acme", name: "website", description: "Marketing site", language: "Astro", private: false },
  { host: "gitlab.com", owner: "acme", name: "mobile-app", description: "iOS and Android app", language: "Kotlin", private: true },
  { host: "gitlab.com", owner: "acme/platform", name: "infra", description: "Kubernetes manifests and Helm charts", language: "YAML", private: true },
  { host: "gitlab.com", owner: "acme/platform", name: "ci-templates", description: "Shared GitLab CI templates", language: "YAML", private: true },
  { host: "bitbucket.org", owner: "acme-web", name: "storefront", description: "E-commerce storefront", language: "PHP", private: true },
  { host: "bitbucket.org", owner: "acme-web", name: "cms", description: "Headless CMS", language: "JavaScript", private: true },
  { host: "dev.azure.com", owner: "acme/Platform", name: "Platform", description: "Default repository of the Platform project", language: "C#", private: true },
  { host: "dev.azure.com", owner: "acme/Platform", name: "portal", description: "Internal developer portal", language: "C#", private: true },
];

const AUTHORS = ["ada", "max", "grace", "linus"];

function repository(seed: RepoSeed): CatalogueRepository {
  const id = `${seed.host}/${seed.owner}/${seed.name}`;
  const defaultBranch = seed.defaultBranch ?? "main";
  const commits = Array.from({ length: 6 }, (_, i) => ({
    sha: sha(id, "commit", String(i)),
    message: i === 0 ? "Initial commit" : `Change ${i} in ${seed.name}`,
    author: AUTHORS[i % AUTHORS.length] ?? "ada",
  }));
  const at = (i: number) => commits[i]?.sha ?? "";
  return {
    host: seed.host,
    owner: seed.owner,
    name: seed.name,
    description: seed.description,
    language: seed.language,
    private: seed.private ?? true,
    defaultBranch,
    commits,
    branches: [
      { name: defaultBranch, commit: at(5) },
      { name: "develop", commit: at(4) },
      { name: "feature/login", commit: at(3) },
    ],
    tags: [
      { name: "v1.0.0", commit: at(1) },
      { name: "v1.1.0", commit: at(2) },
    ],
    pullRequests: [
      { number: 1, title: `Add login to ${seed.name}`, author: "max", fromBranch: "feature/login", toBranch: defaultBranch, headSha: at(3), state: "open", draft: false },
      { number: 2, title: "Prepare the next release", author: "ada", fromBranch: "develop", toBranch: defaultBranch, headSha: at(4), state: "open", draft: true },
      { number: 3, title: "Fix flaky test", author: "grace", fromBranch: "develop", toBranch: defaultBranch, headSha: at(2), state: "merged", draft: false },
    ],
    issues: [
      { number: 1, title: `${seed.name}: build fails on ARM runners` },
      { number: 2, title: "Document the release process" },
    ],
  };
}

export function catalogueOrganizations(): CatalogueOrganization[] {
  return ORGANIZATIONS;
}

export function catalogueRepositories(): CatalogueRepository[] {
  return REPOS.map(repository);
}
