import { Code, ConnectError } from "@connectrpc/connect";
import { expect } from "vitest";

/** Asserts that a call fails with exactly this Connect code (never by message text). */
export async function expectCode(call: Promise<unknown>, code: Code): Promise<ConnectError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => ConnectError.from(e),
  );
  expect(error, `expected ${Code[code]}, but the call succeeded`).toBeDefined();
  expect(error ? Code[error.code] : undefined).toBe(Code[code]);
  return error ?? new ConnectError("unreachable");
}

/** An enum number no gitpod.v1 enum defines (typed as number, so it fits any enum field, as on the wire). */
export const UNDEFINED_ENUM_NUMBER: number = 99;
