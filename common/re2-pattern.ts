// The API's patterns are Go RE2 expressions; the browser and the local API run JavaScript's RegExp. The RE2
// constructs JavaScript lacks are rewritten where JS has an equivalent; a pattern that still does not compile
// (e.g. `(?i:…)` in the middle, `(?U)`, `\C`) is left to the server that owns it, never turned into "reject all".

export type CompiledPattern = { kind: "regex"; regex: RegExp } | { kind: "serverOnly" };

const POSIX_CLASSES: Record<string, string> = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7F",
  blank: "\\t ",
  cntrl: "\\x00-\\x1F\\x7F",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`{-~",
  space: "\\t\\n\\v\\f\\r ",
  upper: "A-Z",
  word: "0-9A-Za-z_",
  xdigit: "0-9A-Fa-f",
};

// Unicode general categories keep their name in JS; anything else RE2 accepts after \p is a script.
const GENERAL_CATEGORY = /^(?:[CLMNPSZ][a-z]?|Any)$/;

const JS_ESCAPABLE = /^[\\^$.*+?()[\]{}|/]$/;
const escapeLiteral = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");

function unicodeClass(negated: boolean, name: string): string {
  const letter = negated ? "P" : "p";
  if (name === "Any") return negated ? "[^\\s\\S]" : "[\\s\\S]";
  return GENERAL_CATEGORY.test(name) ? `\\${letter}{${name}}` : `\\${letter}{Script=${name}}`;
}

/** Rewrites the backslash escapes JS lacks (\A, \z, \pL, \p{Greek}, \Q…\E); an escaped backslash stays as it is. */
function rewriteEscapes(pattern: string): string {
  let out = "";
  let i = 0;
  let inClass = false;
  while (i < pattern.length) {
    const char = pattern[i] ?? "";
    if (char !== "\\") {
      if (char === "[") inClass = true;
      else if (char === "]") inClass = false;
      out += char;
      i += 1;
      continue;
    }
    const next = pattern[i + 1] ?? "";
    const rest = pattern.slice(i + 2);
    if (next === "A" || next === "z") {
      out += next === "A" ? "^" : "$";
      i += 2;
    } else if (next === "Q") {
      const end = rest.indexOf("\\E");
      const literal = end === -1 ? rest : rest.slice(0, end);
      out += escapeLiteral(literal);
      i += 2 + literal.length + (end === -1 ? 0 : 2);
    } else if ((next === "p" || next === "P") && /^\{\^?\w+\}/.test(rest)) {
      const braced = /^\{(\^?)(\w+)\}/.exec(rest);
      out += unicodeClass((next === "P") !== (braced?.[1] === "^"), braced?.[2] ?? "");
      i += 2 + (braced?.[0].length ?? 0);
    } else if ((next === "p" || next === "P") && /^[A-Z]/.test(rest)) {
      out += unicodeClass(next === "P", rest[0] ?? "");
      i += 3;
    } else if (/^[!-/:-@[-`{-~]$/.test(next) && !JS_ESCAPABLE.test(next) && !(inClass && next === "-")) {
      // RE2 lets any punctuation be escaped; JS's unicode mode only its syntax characters (and "-" in a class).
      out += next;
      i += 2;
    } else {
      out += char + next;
      i += 2;
    }
  }
  return out;
}

/** RE2 syntax → JS syntax for the constructs with an exact equivalent; flags found in a leading `(?flags)`. */
export function translateRe2(pattern: string): { source: string; flags: string } {
  let source = pattern;
  let flags = "";
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading?.[1] && !leading[1].includes("U")) {
    flags = [...new Set(leading[1])].join("");
    source = source.slice(leading[0].length);
  }
  source = rewriteEscapes(source)
    .replace(/\(\?P</g, "(?<")
    // A negated POSIX class only has an equivalent as a whole bracket expression ([[:^digit:]] → [^0-9]).
    .replace(/\[\[:\^(\w+):\]\]/g, (match, name: string) => (POSIX_CLASSES[name] ? `[^${POSIX_CLASSES[name]}]` : match))
    .replace(/\[:(\w+):\]/g, (match, name: string) => POSIX_CLASSES[name] ?? match);
  return { source, flags };
}

/** The pattern anchored to the whole value (as the API applies it), or serverOnly when JS cannot run it. */
export function compileRe2(pattern: string): CompiledPattern {
  const { source, flags } = translateRe2(pattern);
  try {
    return { kind: "regex", regex: new RegExp(`^(?:${source})$`, `u${flags}`) };
  } catch {
    return { kind: "serverOnly" };
  }
}
