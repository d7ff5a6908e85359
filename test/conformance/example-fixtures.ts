import fs from "node:fs";
import type { JsonValue } from "@bufbuild/protobuf";

const examplesDir = new URL("../fixtures/examples/", import.meta.url);

export interface ExampleFixture {
  /** File name without ".json", e.g. "ListRunners-2". */
  name: string;
  /** The RPC the example belongs to: the file name without its "-n" suffix. */
  rpc: string;
  json: JsonValue;
}

// The reference writes its google.protobuf.Duration placeholder as "+9125115.360s"; protobuf-es
// (like the proto3 JSON spec) rejects the leading "+". Stripping it is the one normalisation allowed.
const DURATION_PLACEHOLDER = '"+9125115.360s"';

export function readExamples(kind: "requests" | "responses"): ExampleFixture[] {
  const dir = new URL(`${kind}/`, examplesDir);
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".json".length);
      const text = fs
        .readFileSync(new URL(file, dir), "utf8")
        .replaceAll(DURATION_PLACEHOLDER, '"9125115.360s"');
      const json: JsonValue = JSON.parse(text);
      return { name, rpc: name.replace(/-\d+$/, ""), json };
    });
}
