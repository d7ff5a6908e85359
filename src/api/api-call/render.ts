import { SecretSlot, secretEnvs, type RedactedJson } from "./secrets";
import type { ApiCallDescription } from "./describe";

/** The API base the console itself calls: its origin plus the API prefix (an absolute prefix is kept as is). */
export function apiBaseUrl(origin: string, apiPrefix: string): string {
  return new URL(apiPrefix, origin).toString().replace(/\/+$/, "");
}

export function requestUrl(baseUrl: string, call: ApiCallDescription): string {
  return `${baseUrl}/${call.rpc}`;
}

/** The body as the JSON view shows it: pretty, secrets as "<your …>" placeholders. */
export function jsonBody(call: ApiCallDescription): string {
  return JSON.stringify(call.body, (_key, value: unknown) => (value instanceof SecretSlot ? value.placeholder : value), 2);
}

/** A single-quoted shell word: safe for any text (a ' closes, is escaped, and reopens). */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * A curl command that sends the same request: the token from $GITPOD_TOKEN, each secret from its own variable
 * (spliced into the single-quoted body as "'"$VAR"'"), so nothing secret is ever in the text.
 */
export function curlCommand(baseUrl: string, call: ApiCallDescription): string {
  const marker = (slot: SecretSlot) => `\u0000${slot.env}\u0000`;
  const json = JSON.stringify(call.body, (_key, value: unknown) => (value instanceof SecretSlot ? marker(value) : value), 2);
  let body = shellQuote(json);
  for (const slot of secretEnvs(call.body)) {
    body = body.replaceAll(JSON.stringify(marker(slot)), `"'"$${slot.env}"'"`);
  }
  return [
    `curl -sS -X POST ${shellQuote(requestUrl(baseUrl, call))}`,
    `  -H "Authorization: Bearer $GITPOD_TOKEN"`,
    `  -H 'Content-Type: application/json'`,
    `  -H 'Connect-Protocol-Version: 1'`,
    `  --data-binary ${body}`,
  ].join(" \\\n");
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A JSON value as a TypeScript literal: bare keys where possible, secrets as process.env reads. */
function tsLiteral(value: RedactedJson, indent: string): string {
  if (value instanceof SecretSlot) return `process.env[${JSON.stringify(value.env)}] ?? ""`;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => `${inner}${tsLiteral(item, inner)},`).join("\n")}\n${indent}]`;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const lines = entries.map(([key, item]) => `${inner}${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${tsLiteral(item, inner)},`);
    return `{\n${lines.join("\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * The same call with the official TypeScript SDK (@gitpod/sdk 1.x, Connect-based): the request message is parsed
 * from the very JSON body curl sends (fromJson with the SDK's schema), then sent by the SDK's service client.
 * Undefined when the SDK does not have the RPC.
 */
export function sdkSnippet(baseUrl: string, call: ApiCallDescription): string | undefined {
  const sdk = call.sdk;
  if (!sdk) return undefined;
  return [
    `import { fromJson } from "@bufbuild/protobuf";`,
    `import { createClient } from "@gitpod/sdk";`,
    `import { ${sdk.schema} } from "${sdk.module}";`,
    ``,
    `const ona = createClient({`,
    `  apiKey: process.env["GITPOD_TOKEN"],`,
    `  baseUrl: ${JSON.stringify(baseUrl)},`,
    `});`,
    ``,
    `await ona.services.${sdk.client}.${sdk.method}(`,
    `  fromJson(${sdk.schema}, ${tsLiteral(call.body, "  ")}),`,
    `);`,
  ].join("\n");
}
