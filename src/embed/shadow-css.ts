// Turns the console's Tailwind stylesheet into one that works inside a shadow root, isolated from the host page.

const PROPERTY_RULE = /@property\s+(--[\w-]+)\s*\{([^}]*)\}/g;
const INITIAL_VALUE = /initial-value\s*:\s*([^;]+)/;
// A number followed by `rem`, not part of an identifier (e.g. `0.25rem`, `1.5rem`).
const REM_LENGTH = /(?<![\w.-])(-?(?:\d+\.?\d*|\.\d+))rem\b/g;
const ROOT_SELECTOR = /:root\b/g;
const ROOT_FONT_PX = 16;

/**
 * `@property` rules are ignored inside shadow roots, so Tailwind's composed utilities (shadow, ring,
 * transforms …) would see undefined variables. Give every element the registered initial values,
 * in the `properties` layer that Tailwind declares first, so any utility still overrides them.
 */
export function propertyDefaults(css: string): string {
  const declarations: string[] = [];
  for (const [, name, body] of css.matchAll(PROPERTY_RULE)) {
    const initial = INITIAL_VALUE.exec(body ?? "")?.[1]?.trim();
    declarations.push(`${name}:${initial ?? "initial"}`);
  }
  if (declarations.length === 0) return "";
  return `@layer properties{*,::before,::after,::backdrop{${declarations.join(";")}}}`;
}

/** rem follows the host's root font size; pixels keep the console's sizes whatever the host sets on <html>. */
export function remToPx(css: string): string {
  return css.replace(
    REM_LENGTH,
    (_match, value: string) => `${Number((Number(value) * ROOT_FONT_PX).toFixed(4))}px`,
  );
}

// `:host { all: initial }` stops inherited properties leaking in, but the host's `!important` rules on the
// host element still win there, so the console's own root element cuts inheritance a second time.
const ISOLATION = `
:host{all:initial;display:block}
:host([hidden]){display:none}
.rc-root{all:initial;display:block;font-family:var(--rc-font,ui-sans-serif,system-ui,sans-serif);font-size:16px;line-height:1.5;-webkit-text-size-adjust:100%;tab-size:4;-webkit-font-smoothing:antialiased;color-scheme:light}
.rc-root.dark{color-scheme:dark}
`;

/**
 * The full stylesheet text for a shadow root. Theme variables move from `:root` to the console's own root
 * element: on `:host` a host rule such as `* { --spacing: 40px }` would still override them.
 */
export function shadowCss(css: string): string {
  return `${remToPx(css).replace(ROOT_SELECTOR, ".rc-root")}\n${propertyDefaults(css)}\n${ISOLATION}`;
}

let shared: CSSStyleSheet | undefined;

/** One constructable stylesheet shared by every console on the page (adopting it costs nothing per root). */
export function consoleStyleSheet(css: string): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(shadowCss(css));
  }
  return shared;
}
