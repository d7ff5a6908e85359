// What the console knows about each SCM beyond the runner's schema: how a user creates a PAT there, what one looks
// like and which scopes it needs (CheckAuthenticationForHost's supportsPat), and where OAuth is documented.
import type { ScmKind } from "../../common/context-url";

export interface ScmKindInfo {
  name: string;
  patCreateUrl(host: string): string;
  patDocsUrl: string;
  patExample: string;
  patRequiredScopes: string[];
  oauthDocsUrl: string;
}

export const SCM_KINDS: Readonly<Record<ScmKind, ScmKindInfo>> = {
  github: {
    name: "GitHub",
    patCreateUrl: (host) => `https://${host}/settings/tokens/new?scopes=repo,read:user,user:email&description=Gitpod`,
    patDocsUrl: "https://www.gitpod.io/docs/integrations/github",
    patExample: "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
    patRequiredScopes: ["repo", "read:user", "user:email"],
    oauthDocsUrl: "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/creating-an-oauth-app",
  },
  gitlab: {
    name: "GitLab",
    patCreateUrl: (host) => `https://${host}/-/user_settings/personal_access_tokens?name=Gitpod&scopes=api,read_user,read_repository`,
    patDocsUrl: "https://www.gitpod.io/docs/integrations/gitlab",
    patExample: "glpat-xxxxxxxxxxxxxxxxxxxx",
    patRequiredScopes: ["api", "read_user", "read_repository"],
    oauthDocsUrl: "https://docs.gitlab.com/ee/integration/oauth_provider.html",
  },
  bitbucket: {
    name: "Bitbucket",
    patCreateUrl: (host) => `https://${host}/account/settings/app-passwords/new`,
    patDocsUrl: "https://www.gitpod.io/docs/integrations/bitbucket",
    patExample: "ATBBxxxxxxxxxxxxxxxxxxxxxxxx",
    patRequiredScopes: ["account", "repository", "pullrequest"],
    oauthDocsUrl: "https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/",
  },
  "azure-devops": {
    name: "Azure DevOps",
    patCreateUrl: (host) => `https://${host}/_usersSettings/tokens`,
    patDocsUrl: "https://www.gitpod.io/docs/integrations/azure-devops",
    patExample: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    patRequiredScopes: ["vso.code", "vso.work"],
    oauthDocsUrl: "https://learn.microsoft.com/en-us/azure/devops/integrate/get-started/authentication/oauth",
  },
};

export function isScmKind(value: string): value is ScmKind {
  return Object.hasOwn(SCM_KINDS, value);
}
