// Where the fix for an error lives, sent beside the message as a google.protobuf.Struct error detail (the way
// google.rpc.ErrorInfo carries a reason and metadata), so the console links to it by reason, never by message text.
import { fromJson, toJson } from "@bufbuild/protobuf";
import { StructSchema, type Struct } from "@bufbuild/protobuf/wkt";

/** The runner page tab where the missing piece is added. */
export type ErrorFixPlace = "runner-scm-integrations" | "runner-host-tokens";

export interface ErrorFix {
  place: ErrorFixPlace;
  runnerId: string;
}

const PLACES: readonly ErrorFixPlace[] = ["runner-scm-integrations", "runner-host-tokens"];

export function errorFixToStruct(fix: ErrorFix): Struct {
  return fromJson(StructSchema, { place: fix.place, runnerId: fix.runnerId });
}

/** The fix a Struct detail describes; undefined for any other Struct (e.g. from a newer or foreign server). */
export function errorFixFromStruct(struct: Struct): ErrorFix | undefined {
  const json = toJson(StructSchema, struct);
  if (typeof json !== "object" || json === null || Array.isArray(json)) return undefined;
  const { place, runnerId } = json;
  const known = PLACES.find((p) => p === place);
  return known && typeof runnerId === "string" && runnerId !== "" ? { place: known, runnerId } : undefined;
}
