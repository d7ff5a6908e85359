// How a recorded change reads for people: "spec.configuration.autoUpdate" → "Auto update",
// "RUNNER_RELEASE_CHANNEL_LATEST" → "Latest". The export keeps the raw field paths and values.
import type { ActivityChange } from "../../gen/console/v1/activity_pb";

const WRAPPERS = new Set(["spec", "configuration"]);

function words(camel: string): string {
  return camel
    .replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase();
}

export function changeFieldText(field: string): string {
  const parts = field.split(".");
  const meaningful = parts.filter((part, index) => !(WRAPPERS.has(part) && index < parts.length - 1));
  const text = meaningful.map(words).join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function enumText(field: string, value: string): string | undefined {
  if (!/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(value)) return undefined;
  const last = field.split(".").pop() ?? "";
  const stem = `${last.replace(/([a-z\d])([A-Z])/g, "$1_$2").toUpperCase()}_`;
  const at = value.indexOf(stem);
  const rest = at >= 0 ? value.slice(at + stem.length) : value;
  const text = rest.replace(/_/g, " ").toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function changeValueText(change: Pick<ActivityChange, "field" | "value" | "secret">): string {
  if (change.secret) return change.value;
  if (change.value === "true") return "on";
  if (change.value === "false") return "off";
  return enumText(change.field, change.value) ?? change.value;
}
