import { Code, ConnectError } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { describeError, hasCode } from "./errors";

describe("describeError", () => {
  it("chooses the message by Connect code and keeps the server's text as detail", () => {
    const readable = describeError(new ConnectError("runner 42 not found", Code.NotFound));
    expect(readable).toEqual({ title: "It does not exist, or you do not have access to it.", detail: "runner 42 not found", code: Code.NotFound });
  });

  it("does not read the message: the same text under another code gives another title", () => {
    const denied = describeError(new ConnectError("not found", Code.PermissionDenied));
    expect(denied.title).toBe("You do not have permission to do this.");
  });

  it("has a readable title for every Connect code", () => {
    const codes = Object.values(Code).filter((v): v is Code => typeof v === "number");
    const titles = codes.map((code) => describeError(new ConnectError("x", code)).title);
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
