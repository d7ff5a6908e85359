import { describe, expect, it } from "vitest";
import { changeFieldText, changeValueText } from "./change-text";

describe("change text", () => {
  it("names fields in words, without the request's wrapper objects", () => {
    expect(changeFieldText("spec.configuration.autoUpdate")).toBe("Auto update");
    expect(changeFieldText("spec.configuration.updateWindow.startHour")).toBe("Update window start hour");
    expect(changeFieldText("configuration.registryToken")).toBe("Registry token");
    expect(changeFieldText("name")).toBe("Name");
  });

  it("shows enum values by their short name and booleans as on/off, secrets as recorded", () => {
    expect(changeValueText({ field: "spec.configuration.releaseChannel", value: "RUNNER_RELEASE_CHANNEL_LATEST", secret: false })).toBe("Latest");
    expect(changeValueText({ field: "role", value: "RUNNER_ROLE_ADMIN", secret: false })).toBe("Admin");
    expect(changeValueText({ field: "spec.configuration.autoUpdate", value: "true", secret: false })).toBe("on");
    expect(changeValueText({ field: "spec.configuration.metrics.password", value: "changed", secret: true })).toBe("changed");
  });
});
