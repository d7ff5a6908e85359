import { create } from "@bufbuild/protobuf";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { HostAuthenticationTokenSchema } from "../../gen/gitpod/v1/runner_configuration_pb";
import { hostTokensNeedingAttention } from "./summarize";

const now = new Date("2026-11-20T12:00:00Z");
const daysFromNow = (d: number) => timestampFromDate(new Date(now.getTime() + d * 24 * 3600_000));

describe("overview summaries", () => {
  it("lists host tokens expired or expiring within 7 days, soonest first", () => {
    const token = (id: string, days: number | undefined) =>
      create(HostAuthenticationTokenSchema, { id, host: "github.com", expiresAt: days === undefined ? undefined : daysFromNow(days) });
    const flagged = hostTokensNeedingAttention([token("later", 30), token("soon", 3), token("never", undefined), token("gone", -1)], now);
    expect(flagged.map((f) => [f.token.id, f.expired])).toEqual([
      ["gone", true],
      ["soon", false],
    ]);
  });
});
