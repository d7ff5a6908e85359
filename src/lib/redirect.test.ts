import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect";

describe("safeRedirectPath", () => {
  it("keeps same-origin paths with their search", () => {
    expect(safeRedirectPath("/runners?provider=GCP")).toBe("/runners?provider=GCP");
  });

  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "runners", "/sign-in?redirect=/x", 42, undefined, "/a\nb"])(
    "rejects %s",
    (value) => {
      expect(safeRedirectPath(value)).toBeUndefined();
    },
  );
});
