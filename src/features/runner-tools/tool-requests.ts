import type { MessageInitShape } from "@bufbuild/protobuf";
import {
  SearchMode,
  type CheckAuthenticationForHostRequestSchema,
  type CheckRepositoryAccessRequestSchema,
  type ListSCMOrganizationsRequestSchema,
  type ParseContextURLRequestSchema,
  type SearchRepositoriesRequestSchema,
} from "../../gen/gitpod/v1/runner_pb";
import type { ToolValues } from "./components/tool-form";

// One builder per tool: the tool sends what it returns, and "Show API call" shows the same (the first page).

export function checkAuthRequest(runnerId: string, values: ToolValues): MessageInitShape<typeof CheckAuthenticationForHostRequestSchema> {
  return { runnerId, host: (values.host ?? "").trim() };
}

export function parseContextRequest(runnerId: string, values: ToolValues): MessageInitShape<typeof ParseContextURLRequestSchema> {
  return { runnerId, contextUrl: (values.contextUrl ?? "").trim() };
}

export function repositoryAccessRequest(runnerId: string, values: ToolValues): MessageInitShape<typeof CheckRepositoryAccessRequestSchema> {
  return { runnerId, repositoryUrl: (values.repositoryUrl ?? "").trim() };
}

export interface ScmOrganizationsQuery {
  scmHost: string;
  query: string;
}

export const scmOrganizationsQuery = (values: ToolValues): ScmOrganizationsQuery => ({ scmHost: (values.scmHost ?? "").trim(), query: values.query ?? "" });

export function scmOrganizationsRequest(
  runnerId: string,
  query: ScmOrganizationsQuery,
  pageSize: number,
  token = "",
): MessageInitShape<typeof ListSCMOrganizationsRequestSchema> {
  return { runnerId, ...query, pagination: { token, pageSize } };
}

export interface SearchQuery {
  searchString: string;
  scmHost: string;
  searchMode: SearchMode;
}

export const searchQuery = (values: ToolValues): SearchQuery => ({
  searchString: values.searchString ?? "",
  scmHost: (values.scmHost ?? "").trim(),
  searchMode: values.mode === "native" ? SearchMode.NATIVE : SearchMode.KEYWORD,
});

export function searchRepositoriesRequest(
  runnerId: string,
  query: SearchQuery,
  pageSize: number,
  token = "",
): MessageInitShape<typeof SearchRepositoriesRequestSchema> {
  return { runnerId, ...query, pagination: { token, pageSize } };
}
