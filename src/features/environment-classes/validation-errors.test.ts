import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { EnvironmentClassValidationResultSchema } from "../../gen/gitpod/v1/runner_configuration_pb";
import { environmentClassErrors } from "./validation-errors";

describe("environmentClassErrors", () => {
  it("puts name, description and configuration errors under the form's keys", () => {
    const result = create(EnvironmentClassValidationResultSchema, {
      valid: false,
      displayNameError: "Display name must be between 3 and 127 characters",
      configurationErrors: [{ key: "diskSizeGiB", error: "Disk size (GiB) must be between 32 and 500" }],
    });
    expect(environmentClassErrors(result)).toEqual([
      { key: "displayName", error: "Display name must be between 3 and 127 characters" },
      { key: "diskSizeGiB", error: "Disk size (GiB) must be between 32 and 500" },
    ]);
  });

  it("is empty for a valid answer or none", () => {
    expect(environmentClassErrors(create(EnvironmentClassValidationResultSchema, { valid: true }))).toEqual(
      [],
    );
    expect(environmentClassErrors(undefined)).toEqual([]);
  });
});
