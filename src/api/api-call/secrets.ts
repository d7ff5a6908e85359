import type { DescField, DescMessage, JsonValue } from "@bufbuild/protobuf";

/** A secret typed into a form: shown as `placeholder` in JSON, read from `$env` in curl and the SDK snippet. */
export class SecretSlot {
  constructor(
    readonly placeholder: string,
    readonly env: string,
  ) {}
}

/** A request body as JSON with every secret value replaced by the slot that stands for it. */
export type RedactedJson = string | number | boolean | null | SecretSlot | RedactedJson[] | { [key: string]: RedactedJson };

// By proto field name: the write-only values of the runner API's requests (tokens, passwords, client secrets, keys).
const SECRET_FIELDS: Record<string, SecretSlot> = {
  token: new SecretSlot("<your token>", "HOST_TOKEN"),
  refresh_token: new SecretSlot("<your refresh token>", "REFRESH_TOKEN"),
  password: new SecretSlot("<your metrics password>", "METRICS_PASSWORD"),
  honeycomb_api_key: new SecretSlot("<your Honeycomb API key>", "HONEYCOMB_API_KEY"),
  oauth_plaintext_client_secret: new SecretSlot("<your OAuth client secret>", "OAUTH_CLIENT_SECRET"),
  api_key: new SecretSlot("<your API key>", "LLM_API_KEY"),
};

// Request headers an LLM gateway needs are usually credentials; their names stay visible, their values do not.
const SECRET_QUALIFIED: Record<string, SecretSlot> = {
  "gitpod.v1.LLMIntegrationRequestHeader.value": new SecretSlot("<your header value, base64>", "LLM_HEADER_VALUE_BASE64"),
};

export function secretSlotOf(field: DescField): SecretSlot | undefined {
  return SECRET_QUALIFIED[`${field.parent.typeName}.${field.name}`] ?? SECRET_FIELDS[field.name];
}

function isJsonObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Walks the wire JSON with its message descriptor; non-empty secret values become their slot. */
export function redactSecrets(schema: DescMessage, json: JsonValue): RedactedJson {
  if (!isJsonObject(json)) return json;
  const out: { [key: string]: RedactedJson } = {};
  for (const [key, value] of Object.entries(json)) {
    const field = schema.fields.find((f) => f.jsonName === key);
    out[key] = field ? redactField(field, value) : value;
  }
  return out;
}

function redactField(field: DescField, value: JsonValue): RedactedJson {
  const slot = secretSlotOf(field);
  if (slot && value !== "" && value !== null) return slot;
  if (field.fieldKind === "message") return redactSecrets(field.message, value);
  if (field.fieldKind === "list" && field.listKind === "message" && Array.isArray(value)) {
    return value.map((item) => redactSecrets(field.message, item));
  }
  return value;
}

/** The environment variables a redacted body reads, once each, in order of appearance. */
export function secretEnvs(json: RedactedJson): SecretSlot[] {
  const found = new Map<string, SecretSlot>();
  const walk = (value: RedactedJson) => {
    if (value instanceof SecretSlot) found.set(value.env, value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(walk);
  };
  walk(json);
  return [...found.values()];
}
