import { describe, expect, it } from "vitest";
import { propertyDefaults, remToPx, shadowCss } from "./shadow-css";

describe("shadowCss", () => {
  it("gives every element the initial values of Tailwind's @property rules, in the first layer", () => {
    const css = '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}@property --tw-ring-inset{syntax:"*";inherits:false}';
    expect(propertyDefaults(css)).toBe("@layer properties{*,::before,::after,::backdrop{--tw-shadow:0 0 #0000;--tw-ring-inset:initial}}");
  });

  it("turns rem into pixels so the host's root font size does not scale the console", () => {
    expect(remToPx(".p-4{padding:calc(0.25rem * 4)}.text-sm{font-size:.875rem;line-height:1.25rem}")).toBe(
      ".p-4{padding:calc(4px * 4)}.text-sm{font-size:14px;line-height:20px}",
    );
    expect(remToPx(".x{width:-1.5rem}.remark{color:red}")).toBe(".x{width:-24px}.remark{color:red}");
  });

  it("moves theme variables from :root to the console's own root element and isolates the host", () => {
    const result = shadowCss(":root,:host{--spacing:.25rem}");
    expect(result).toContain(".rc-root,:host{--spacing:4px}");
    expect(result).toContain(":host{all:initial;display:block}");
    expect(result).not.toContain(":root");
  });
});
