import { Code, ConnectError } from "@connectrpc/connect";
import { StructSchema } from "@bufbuild/protobuf/wkt";
import { errorFixFromStruct, type ErrorFix } from "../../common/error-fix";

export interface ReadableError {
  /**
   * One clear sentence for a person: the server's own message where the code says it explains what to change
   * (and it names things by name), otherwise what the Connect code means.
   */
  title: string;
  /** The server's raw text when `title` is not it (for a "Details" disclosure); empty otherwise. */
  detail: string;
  code: Code;
  /** Where the error is fixed (a runner tab), when the server said so. */
  fix?: ErrorFix;
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

// Codes whose message tells the caller what to change; the rest describe the server's or network's trouble.
const SAYS_WHAT_TO_CHANGE: ReadonlySet<Code> = new Set([
  Code.InvalidArgument,
  Code.FailedPrecondition,
  Code.AlreadyExists,
  Code.PermissionDenied,
  Code.OutOfRange,
]);
// A message with an id in it was written for a log, not a person (e.g. from an upstream API): keep it in Details.
const HAS_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Any thrown value → ConnectError (network failures become Code.Unknown). */
export function toConnectError(error: unknown): ConnectError {
  return ConnectError.from(error);
}

/** One readable sentence for an error (chosen by Connect code), the raw text when it differs, and the fix's place. */
export function describeError(error: unknown): ReadableError {
  const connectError = toConnectError(error);
  const { code, rawMessage } = connectError;
  const fix = connectError.findDetails(StructSchema).map(errorFixFromStruct).find((f) => f !== undefined);
  const speaks = SAYS_WHAT_TO_CHANGE.has(code) && rawMessage.trim() !== "" && !HAS_ID.test(rawMessage);
  if (speaks) return { title: asSentence(rawMessage), detail: "", code, ...(fix ? { fix } : {}) };
  return { title: messages[code], detail: rawMessage === messages[code] ? "" : rawMessage, code, ...(fix ? { fix } : {}) };
}

/** Ends with a full stop; the first letter stays as written (messages may start with a name such as "aws-prod-eu"). */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
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
