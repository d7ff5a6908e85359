/** A WHERE fragment with its positional parameters. */
export interface SqlCondition {
  sql: string;
  params: Array<string | number>;
}

export function and(conditions: SqlCondition[]): SqlCondition {
  const parts = conditions.filter((c) => c.sql !== "");
  return {
    sql: parts.length === 0 ? "1 = 1" : parts.map((c) => `(${c.sql})`).join(" AND "),
    params: parts.flatMap((c) => c.params),
  };
}

/** `column IN (?, ?, …)`; an empty list means "no filter". */
export function inList(column: string, values: ReadonlyArray<string | number>): SqlCondition {
  if (values.length === 0) return { sql: "", params: [] };
  return { sql: `${column} IN (${values.map(() => "?").join(", ")})`, params: [...values] };
}

/** Keyset condition: rows strictly after the cursor in (sort columns…) order. */
export function after(columns: string[], cursor: unknown[] | undefined): SqlCondition {
  if (!cursor) return { sql: "", params: [] };
  const values = cursor.filter((v): v is string | number => typeof v === "string" || typeof v === "number");
  if (values.length !== columns.length) return { sql: "0 = 1", params: [] };
  return { sql: `(${columns.join(", ")}) > (${columns.map(() => "?").join(", ")})`, params: values };
}
