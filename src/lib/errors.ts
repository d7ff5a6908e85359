import { Code, ConnectError } from "@connectrpc/connect";

export interface ReadableError {
  /** What happened, in words a user understands; chosen by the Connect code only. */
  title: string;
  /** The server's own message, shown as detail (may be empty). */
  detail: string;
  code: Code;
}

const messages: Record<Code, string> = {
  [Code.Canceled]: "The request was cancelled.",
  [Code.Unknown]: "Something went wrong. Check your connection and try again.",
  [Code.InvalidArgument]: "Some of the values were not accepted.",
  [Code.DeadlineExceeded]: "The server took too long to answer. Try again.",
  [Code.NotFound]: "It does not exist, or you do not have access to it.",
  [Code.AlreadyExists]: "It already exists.",
  [Code.PermissionDenied]: "You do not have permission to do this.",
  [Code.ResourceExhausted]: "Too many requests. Wait a moment and try again.",
  [Code.FailedPrecondition]: "This cannot be done in the current state.",
  [Code.Aborted]: "Someone else changed this at the same time. Reload and try again.",
  [Code.OutOfRange]: "A value is out of the allowed range.",
  [Code.Unimplemented]: "The server does not support this operation.",
  [Code.Internal]: "The server ran into an error. Try again later.",
  [Code.Unavailable]: "The server cannot be reached right now. Try again shortly.",
  [Code.DataLoss]: "The server lost data while handling the request.",
  [Code.Unauthenticated]: "Your session has ended. Sign in again.",
};

/** Any thrown value → ConnectError (network failures become Code.Unknown). */
export function toConnectError(error: unknown): ConnectError {
  return ConnectError.from(error);
}

/** Maps an error to a readable title by its Connect code; the server's message becomes the detail. */
export function describeError(error: unknown): ReadableError {
  const connectError = toConnectError(error);
  return { title: messages[connectError.code], detail: connectError.rawMessage, code: connectError.code };
}

/** True when the error carries one of the given Connect codes. */
export function hasCode(error: unknown, ...codes: Code[]): boolean {
  return error instanceof ConnectError && codes.includes(error.code);
}

/** Errors that a retry cannot fix: the request or the caller is wrong, not the network. */
export const NON_RETRYABLE_CODES: readonly Code[] = [
  Code.Unauthenticated,
  Code.PermissionDenied,
  Code.NotFound,
  Code.InvalidArgument,
  Code.AlreadyExists,
  Code.FailedPrecondition,
  Code.Unimplemented,
  Code.OutOfRange,
];
