import { create } from "@bufbuild/protobuf";
import {
  RunnerConfigurationSchema_SCMConfigSchemaSchema,
  type RunnerConfigurationSchema_SCMConfigSchema,
} from "../../../src/gen/gitpod/v1/runner_configuration_pb";

/** The path of the local OAuth callback under the API prefix (implemented by server/oauth). */
export const OAUTH_CALLBACK_PATH = "/oauth/callback";

const SCMS = [
  {
    scmId: "github",
    name: "GitHub",
    defaultHosts: ["github.com"],
    pat: {
      description: "A fine-grained or classic personal access token with repo and read:org scopes.",
      docsLink:
        "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    },
  },
  {
    scmId: "gitlab",
    name: "GitLab",
    defaultHosts: ["gitlab.com"],
    pat: {
      description: "A personal access token with the api and read_repository scopes.",
      docsLink: "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html",
    },
  },
  {
    scmId: "bitbucket",
    name: "Bitbucket",
    defaultHosts: ["bitbucket.org"],
    pat: {
      description: "An app password with repository read and write permissions.",
      docsLink: "https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/",
    },
  },
  {
    scmId: "azure-devops",
    name: "Azure DevOps",
    defaultHosts: ["dev.azure.com"],
    pat: {
      description: "A personal access token with Code (Read & write) scope.",
      docsLink:
        "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
    },
  },
];

/** The four SCMs every runner supports; the OAuth callback points at this server. */
export function scmConfigs(
  publicBaseUrl: string,
  apiPrefix: string,
): RunnerConfigurationSchema_SCMConfigSchema[] {
  const callbackUrl = `${publicBaseUrl}${apiPrefix}${OAUTH_CALLBACK_PATH}`;
  return SCMS.map((scm) =>
    create(RunnerConfigurationSchema_SCMConfigSchemaSchema, { ...scm, oauth: { callbackUrl } }),
  );
}
