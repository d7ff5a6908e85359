import { Code, ConnectError } from "@connectrpc/connect";

export const invalidArgument = (message: string) => new ConnectError(message, Code.InvalidArgument);
export const notFound = (message: string) => new ConnectError(message, Code.NotFound);
export const permissionDenied = (message: string) => new ConnectError(message, Code.PermissionDenied);
export const unauthenticated = (message = "sign in or send an API token") =>
  new ConnectError(message, Code.Unauthenticated);
export const alreadyExists = (message: string) => new ConnectError(message, Code.AlreadyExists);
export const failedPrecondition = (message: string) => new ConnectError(message, Code.FailedPrecondition);
export const resourceExhausted = (message: string) => new ConnectError(message, Code.ResourceExhausted);
