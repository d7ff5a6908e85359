// Lists take `pagination { token, pageSize }` in the body or `?token=&pageSize=` in the query string (the
// official SDK pages that way). Tokens are opaque keyset cursors: base64url JSON of the last row's sort key and the
// list it belongs to, with an HMAC under a key of this server process, so a client can only send back what it got.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
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
  after: Array<string | number> | undefined;
  /** The RPC the cursor belongs to: a token from one list is refused by another. */
  list: string;
}

export function readPage(ctx: HandlerContext, body: PaginationRequest | undefined): Page {
  return readPageOf(ctx.values.get(queryStringKey), `${ctx.service.typeName}/${ctx.method.name}`, body);
}

/** readPage for a caller outside a Connect handler: the query string and the list (RPC) name given directly. */
export function readPageOf(query: URLSearchParams, list: string, body: PaginationRequest | undefined): Page {
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
  return { pageSize: pageSize || DEFAULT_PAGE_SIZE, after: token ? decodeToken(token, list) : undefined, list };
}

// Per process: a token outlives neither a restart nor its list (a client then starts from the first page).
const cursorKey = randomBytes(32);
const MAC_BYTES = 16;
const MAX_TOKEN_LENGTH = 2048;

function macOf(list: string, payload: Buffer): Buffer {
  return createHmac("sha256", cursorKey).update(list).update("\0").update(payload).digest().subarray(0, MAC_BYTES);
}

export function encodeToken(sortKey: unknown[], list: string): string {
  const payload = Buffer.from(JSON.stringify(sortKey), "utf8");
  return Buffer.concat([macOf(list, payload), payload]).toString("base64url");
}

function isSortKey(value: unknown): value is Array<string | number> {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v)))
  );
}

function decodeToken(token: string, list: string): Array<string | number> {
  const raw = token.length <= MAX_TOKEN_LENGTH && /^[A-Za-z0-9_-]+$/.test(token) ? Buffer.from(token, "base64url") : undefined;
  if (raw && raw.length > MAC_BYTES) {
    const payload = raw.subarray(MAC_BYTES);
    if (timingSafeEqual(raw.subarray(0, MAC_BYTES), macOf(list, payload))) {
      const value: unknown = JSON.parse(payload.toString("utf8"));
      if (isSortKey(value)) return value;
    }
  }
  throw invalidArgument("pagination.token is not a token this server issued for this list; start from the first page");
}

/**
 * Given up to pageSize + 1 rows fetched after the cursor, returns the page and the next token
 * ("" on the last page).
 */
export function pageOf<T>(
  rows: T[],
  page: Page,
  sortKey: (row: T) => unknown[],
): { items: T[]; nextToken: string } {
  if (rows.length <= page.pageSize) return { items: rows, nextToken: "" };
  const items = rows.slice(0, page.pageSize);
  const last = items[items.length - 1];
  return { items, nextToken: last === undefined ? "" : encodeToken(sortKey(last), page.list) };
}
