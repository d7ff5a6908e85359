// fast-check generators of malformed Connect requests for server/fuzz.test.ts: each one is built from an RPC's
// input descriptor, so wrong types, bad enums and bad UUIDs land on fields the RPC really has.
import type { DescField, DescMethod } from "@bufbuild/protobuf";
import fc from "fast-check";

export interface FuzzRequest {
  contentType: string;
  body: string | Uint8Array;
  authorization: "admin" | "member" | "garbage" | "none";
  label: string;
}

const wrongValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue(), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 4 }),
);

function fieldsOf(method: DescMethod): DescField[] {
  return method.input.fields;
}

function objectWith(fields: DescField[], value: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  if (fields.length === 0) return fc.dictionary(fc.string({ maxLength: 12 }), value, { maxKeys: 3 }).map((o) => JSON.stringify(o));
  return fc
    .uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: fields.length, selector: (field) => field.name })
    .chain((chosen) => fc.tuple(...chosen.map((field) => value.map((v) => [field.jsonName, v] as const))))
    .map((entries) => JSON.stringify(Object.fromEntries(entries)));
}

function json(body: fc.Arbitrary<string>, label: string): fc.Arbitrary<Omit<FuzzRequest, "authorization">> {
  return body.map((text) => ({ contentType: "application/json", body: text, label }));
}

/** Malformed requests of every kind for one RPC. */
export function malformedRequests(method: DescMethod): fc.Arbitrary<FuzzRequest> {
  const fields = fieldsOf(method);
  const enumFields = fields.filter((field) => field.fieldKind === "enum");
  const idFields = fields.filter((field) => /Id$/.test(field.jsonName));
  const badUuid = fc.oneof(fc.string(), fc.uuid().map((uuid) => `${uuid}x`), fc.constant("00000000-0000-0000-0000-00000000000g"));
  const badEnum = fc.oneof(fc.string(), fc.integer({ min: 50, max: 1_000_000 }), fc.constant("RUNNER_PHASE_NOPE"));
  const hugeString = fc.integer({ min: 10_000, max: 1_100_000 }).map((size) => "é".repeat(Math.floor(size / 2)));

  const shape = fc.oneof(
    json(fc.jsonValue().map((value) => JSON.stringify(value)), "random JSON value"),
    json(fc.string(), "not JSON"),
    json(objectWith(fields, wrongValue), "wrong field types"),
    json(objectWith(fields, hugeString), "huge strings"),
    json(objectWith(enumFields.length > 0 ? enumFields : fields, badEnum), "bad enums"),
    json(objectWith(idFields.length > 0 ? idFields : fields, badUuid), "bad UUIDs"),
    fc.uint8Array({ maxLength: 512 }).map((bytes) => ({ contentType: "application/proto", body: bytes, label: "invalid protobuf" })),
    fc
      .tuple(
        fc.constantFrom("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data", "application/grpc", "application/json; charset=utf-16", ""),
        fc.string(),
      )
      .map(([contentType, body]) => ({ contentType, body, label: "wrong content type" })),
  );
  return fc
    .tuple(shape, fc.constantFrom<FuzzRequest["authorization"]>("admin", "member", "garbage", "none"))
    .map(([request, authorization]) => ({ ...request, authorization }));
}
