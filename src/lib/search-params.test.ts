import { describe, expect, it } from "vitest";
import { booleanParam, listParam, oneOfParam, uuidParam } from "./search-params";

const id = "0b9c2f0e-1111-4222-8333-444455556666";

describe("search-param parsers", () => {
  it("keeps well-formed values", () => {
    expect(uuidParam(id)).toBe(id);
    expect(booleanParam(false)).toBe(false);
    expect(oneOfParam(["gcp", "managed"])("managed")).toBe("managed");
    expect(listParam(uuidParam, 2)([id, id])).toEqual([id, id]);
    expect(listParam(uuidParam, 2)([])).toEqual([]);
  });

  it("turns malformed values into undefined instead of throwing", () => {
    expect(uuidParam("not-a-uuid")).toBeUndefined();
    expect(uuidParam(42)).toBeUndefined();
    expect(booleanParam("true")).toBeUndefined();
    expect(oneOfParam(["gcp"])("aws")).toBeUndefined();
    expect(listParam(uuidParam, 2)([id, "x"])).toBeUndefined();
    expect(listParam(uuidParam, 2)([id, id, id])).toBeUndefined();
    expect(listParam(uuidParam, 2)(id)).toBeUndefined();
  });
});
