// Lists take `pagination { token, pageSize }` in the body or `?token=&pageSize=` in the query string (the
// official SDK pages that way). Tokens are opaque keyset cursors: base64url JSON of the last row's sort key.
import { createContextKey, type HandlerContext } from "@connectrpc/connect";
import type { PaginationRequest } from "../src/gen/gitpod/v1/pagination_pb";
import { invalidArgument } from "./errors";

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** The query string of the HTTP request, set by the fastify adapter (absent in in-memory transports). */
export const queryStringKey = createContextKey<URLSearchParams>(new URLSearchParams(), { description: "query string" });

export interface Page {
  pageSize: number;
  /** The decoded cursor, undefined on the first page. */
  after: unknown[] | undefined;
}

export function readPage(ctx: HandlerContext, body: PaginationRequest | undefined): Page {
  const query = ctx.values.get(queryStringKey);
  const queryToken = query.get("token") ?? undefined;
  const queryPageSize = query.get("pageSize") ?? undefined;
  const bodyToken = body?.token || undefined;
  const bodyPageSize = body?.pageSize || undefined;

  if (queryToken !== undefined && bodyToken !== undefined && queryToken !== bodyToken) {
    throw invalidArgument("pagination.token differs between the body and the query string");
  }
  let pageSizeFromQuery: number | undefined;
  if (queryPageSize !== undefined) {
    if (!/^\d+$/.test(queryPageSize)) throw invalidArgument("pageSize must be a whole number between 0 and 100");
    pageSizeFromQuery = Number(queryPageSize);
  }
  if (pageSizeFromQuery !== undefined && bodyPageSize !== undefined && pageSizeFromQuery !== bodyPageSize) {
    throw invalidArgument("pagination.pageSize differs between the body and the query string");
  }
  const pageSize = bodyPageSize ?? pageSizeFromQuery ?? 0;
  if (pageSize < 0 || pageSize > MAX_PAGE_SIZE) {
    throw invalidArgument(`pagination.pageSize must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  const token = bodyToken ?? queryToken;
  return { pageSize: pageSize || DEFAULT_PAGE_SIZE, after: token ? decodeToken(token) : undefined };
}

export function encodeToken(sortKey: unknown[]): string {
  return Buffer.from(JSON.stringify(sortKey), "utf8").toString("base64url");
}

function decodeToken(token: string): unknown[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    if (Array.isArray(value)) return value;
  } catch {
    // fall through
  }
  throw invalidArgument("pagination.token is not a token this server issued");
}

/**
 * Given up to pageSize + 1 rows fetched after the cursor, returns the page and the next token
 * ("" on the last page).
 */
export function pageOf<T>(rows: T[], page: Page, sortKey: (row: T) => unknown[]): { items: T[]; nextToken: string } {
  if (rows.length <= page.pageSize) return { items: rows, nextToken: "" };
  const items = rows.slice(0, page.pageSize);
  const last = items[items.length - 1];
  return { items, nextToken: last === undefined ? "" : encodeToken(sortKey(last)) };
}
