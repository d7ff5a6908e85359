import { describe, expect, it } from "vitest";
import { withReturnTo } from "./return-to";

describe("withReturnTo", () => {
  it("adds returnTo to absolute and relative URLs, keeping their other parameters", () => {
    expect(
      withReturnTo(
        "http://127.0.0.1:8191/api/oauth/authorize?runnerId=r1&host=github.com",
        "/scm-integrations?runnerIds=a",
      ),
    ).toBe(
      "http://127.0.0.1:8191/api/oauth/authorize?runnerId=r1&host=github.com&returnTo=%2Fscm-integrations%3FrunnerIds%3Da",
    );
    expect(withReturnTo("/api/oauth/authorize?host=gitlab.com", "/runners/x")).toBe(
      "/api/oauth/authorize?host=gitlab.com&returnTo=%2Frunners%2Fx",
    );
  });
  it("replaces a returnTo that is already there", () => {
    expect(withReturnTo("/a?returnTo=%2Fold", "/new")).toBe("/a?returnTo=%2Fnew");
  });
});
