import { patternCheckedByServerOnly, type SchemaField } from "../../../common/schema-fields";

/**
 * Under a text field with a pattern: messages describe the format in words (the field's description), so the
 * expression itself stays behind a disclosure for those who want it. A pattern the browser cannot run (RE2-only
 * syntax) is checked when saving, and the field says so instead of refusing every value.
 */
export function PatternDetails({ field }: { field: SchemaField }) {
  if (field.type.case !== "string" || field.type.value.pattern === "") return null;
  const { pattern } = field.type.value;
  return (
    <div className="space-y-1 text-xs text-slate-500 dark:text-slate-400">
      {patternCheckedByServerOnly(field) ? <p>The server checks this field&apos;s format when you save.</p> : null}
      <details>
        <summary className="cursor-pointer select-none focus-visible:outline-2 focus-visible:outline-brand">Format details</summary>
        <p className="mt-1">
          The value must match this regular expression (Go RE2 syntax):{" "}
          <code className="break-all rounded bg-slate-100 px-1 font-mono dark:bg-slate-800">{pattern}</code>
        </p>
      </details>
    </div>
  );
}
