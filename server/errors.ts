import { Code, ConnectError } from "@connectrpc/connect";
import { StructSchema } from "@bufbuild/protobuf/wkt";
import { errorFixToStruct, type ErrorFix } from "../common/error-fix";

// Messages name entities by name (a runner's name, a host), never by id: they are shown to people as written.
export const invalidArgument = (message: string) => new ConnectError(message, Code.InvalidArgument);
export const notFound = (message: string) => new ConnectError(message, Code.NotFound);
export const permissionDenied = (message: string) => new ConnectError(message, Code.PermissionDenied);
export const unauthenticated = (message = "sign in or send an API token") =>
  new ConnectError(message, Code.Unauthenticated);
export const alreadyExists = (message: string, fix?: ErrorFix) => withFix(new ConnectError(message, Code.AlreadyExists), fix);
export const failedPrecondition = (message: string, fix?: ErrorFix) =>
  withFix(new ConnectError(message, Code.FailedPrecondition), fix);
export const resourceExhausted = (message: string) => new ConnectError(message, Code.ResourceExhausted);

/** Attaches where the error is fixed (see common/error-fix.ts); the console turns it into a link. */
function withFix(error: ConnectError, fix: ErrorFix | undefined): ConnectError {
  if (fix) error.details.push({ desc: StructSchema, value: errorFixToStruct(fix) });
  return error;
}

/** How messages name a runner: by its name ("aws-prod-eu"); a runner without one is "this runner". */
export function runnerName(row: { name: string }): string {
  return row.name || "this runner";
}

/** SQLite's "database or disk is full": the disk holding DATA_DIR has no room (or the database hit a size limit). */
export function isStorageFull(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "SQLITE_FULL";
}

export const STORAGE_FULL_MESSAGE =
  "the server's disk is full, so nothing was saved; ask the operator to free space on the server, then try again";
export const STORAGE_FULL_LOG_LINE = "storage full: the disk holding DATA_DIR has no room; writes fail until space is freed";
