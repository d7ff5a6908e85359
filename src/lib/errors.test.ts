import { Code, ConnectError } from "@connectrpc/connect";
import { StructSchema } from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { errorFixToStruct } from "../../common/error-fix";
import { describeError, hasCode } from "./errors";

describe("describeError", () => {
  it("a message that says what to change becomes the one sentence, with no generic heading or raw copy", () => {
    const readable = describeError(new ConnectError("aws-prod-eu has no SCM integration for bitbucket.org", Code.FailedPrecondition));
    expect(readable).toEqual({ title: "aws-prod-eu has no SCM integration for bitbucket.org.", detail: "", code: Code.FailedPrecondition });
  });

  it("a message with an id in it stays behind Details: the sentence comes from the code", () => {
    const readable = describeError(new ConnectError("runner 46b9539f-1c2d-4e5f-8a9b-0c1d2e3f4a5b has no SCM integration", Code.FailedPrecondition));
    expect(readable.title).toBe("This cannot be done in the current state.");
    expect(readable.detail).toContain("46b9539f");
  });

  it("server trouble and missing things are described by code; the raw text is only detail", () => {
    const readable = describeError(new ConnectError("runner 42 not found", Code.NotFound));
    expect(readable).toEqual({ title: "It does not exist, or you do not have access to it.", detail: "runner 42 not found", code: Code.NotFound });
    expect(describeError(new ConnectError("sqlite busy", Code.Internal)).title).toBe("The server ran into an error. Try again later.");
  });

  it("carries the place of the fix the server attached", () => {
    const error = new ConnectError("linux-build-01 has no SCM integration for bitbucket.org", Code.FailedPrecondition, undefined, [
      { desc: StructSchema, value: errorFixToStruct({ place: "runner-scm-integrations", runnerId: "r1" }) },
    ]);
    expect(describeError(error).fix).toEqual({ place: "runner-scm-integrations", runnerId: "r1" });
  });

  it("has a readable title for every Connect code", () => {
    const codes = Object.values(Code).filter((v): v is Code => typeof v === "number");
    const titles = codes.map((code) => describeError(new ConnectError("", code)).title);
    expect(titles.every((t) => t.length > 10 && t.endsWith("."))).toBe(true);
    expect(new Set(titles).size).toBe(codes.length);
  });

  it("turns a network failure (a plain TypeError from fetch) into a readable error", () => {
    const readable = describeError(new TypeError("Failed to fetch"));
    expect(readable.code).toBe(Code.Unknown);
    expect(readable.title).toMatch(/connection/);
  });

  it("hasCode matches only ConnectErrors with one of the codes", () => {
    expect(hasCode(new ConnectError("x", Code.Unauthenticated), Code.NotFound, Code.Unauthenticated)).toBe(true);
    expect(hasCode(new ConnectError("x", Code.Internal), Code.NotFound)).toBe(false);
    expect(hasCode(new Error("unauthenticated"), Code.Unauthenticated)).toBe(false);
  });
});
