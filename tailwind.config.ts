import type { Config } from "tailwindcss";

// Consumed by Tailwind v4 through `@config` in src/styles.css.
export default {
  darkMode: "class",
  theme: {
    extend: {
      colors: {
        brand: {
          DEFAULT: "var(--rc-brand, #4f46e5)",
          fg: "var(--rc-brand-fg, #ffffff)",
        },
      },
      fontFamily: {
        sans: "var(--rc-font, ui-sans-serif, system-ui, sans-serif)",
      },
      borderRadius: {
        rc: "var(--rc-radius, 0.5rem)",
      },
    },
  },
} satisfies Config;
