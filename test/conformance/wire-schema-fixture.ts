import fs from "node:fs";

/** The committed copy of the published wire schema (never ../shared: tests must run on any machine). */
export const wireSchemaText = fs.readFileSync(
  new URL("../fixtures/wire-schema.txt", import.meta.url),
  "utf8",
);
