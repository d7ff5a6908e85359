// Search-param parsers for route `validateSearch`. TanStack Router keeps `validateSearch` in the entry
// chunk (autoCodeSplitting only splits components), so these stay tiny instead of pulling zod (~23 KB gz)
// into the first page. Like zod's `.optional().catch(undefined)`: a malformed value becomes undefined.
// Values arrive already JSON-decoded by the router (`?enabled=false` → false, `?ids=["…"]` → an array).

/** One search param: the parsed value, or undefined when it is missing or malformed. */
export type ParamParser<T> = (value: unknown) => T | undefined;

/** What a route's `validateSearch` accepts: `parse` never throws, bad params fall back to defaults. */
export interface SearchParser<T, Input = Record<string, unknown>> {
  parse: (search: Input) => T;
}

/**
 * The accepted input of a parser with defaults: every param optional, so links need not repeat the defaults
 * (TanStack Router reads a validator's input type only when it is marked SearchSchemaInput).
 */
export type SearchInput<T> = { [K in keyof T]?: unknown } & SearchSchemaInput;

import type { SearchSchemaInput } from "@tanstack/react-router";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The API's ids: resource and subject ids are UUIDs. */
export const uuidParam: ParamParser<string> = (value) => (typeof value === "string" && UUID.test(value) ? value : undefined);

export const booleanParam: ParamParser<boolean> = (value) => (typeof value === "boolean" ? value : undefined);

/** One of a fixed set of strings (readable enum names in the URL). */
export function oneOfParam<const T extends string>(values: readonly T[]): ParamParser<T> {
  return (value) => values.find((allowed) => allowed === value);
}

/** A list of at most `max` items; one bad item drops the whole list (the API rejects the filter otherwise). */
export function listParam<T>(item: ParamParser<T>, max: number): ParamParser<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length > max) return undefined;
    const items: T[] = [];
    for (const entry of value) {
      const parsed = item(entry);
      if (parsed === undefined) return undefined;
      items.push(parsed);
    }
    return items;
  };
}
