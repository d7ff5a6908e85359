import fs from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import importPlugin from "eslint-plugin-import";
import globals from "globals";

const features = fs.existsSync("src/features") ? fs.readdirSync("src/features") : [];

// Import zones (CONVENTIONS.md): routes → features → api/components/lib/common; no feature imports another
// (shared reads and writes live in src/api, one file per RPC); src/api never imports features or routes;
// src never imports server; server imports only src/gen and common from outside itself.
const zones = [
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: "./src/features",
    except: [`./${name}`],
    message: "A feature never imports another feature: shared queries go to src/api, shared UI to src/components or src/lib.",
  })),
  {
    target: "./src/api",
    from: ["./src/features", "./src/routes", "./src/app", "./src/components"],
    message: "src/api is the query layer under every feature: it never imports features, routes or UI.",
  },
  { target: ["./src/components", "./src/lib", "./common"], from: ["./src/features", "./src/routes"] },
  { target: "./common", from: "./server" },
  { target: "./common", from: "./src", except: ["./gen"] },
  { target: "./src", from: "./server" },
  { target: "./server", from: "./src", except: ["./gen"] },
];

export default tseslint.config(
  { ignores: ["dist", "src/gen", "src/routeTree.gen.ts", "node_modules", "demo-output", "test-results", "screenshots"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks, import: importPlugin },
    settings: { "import/resolver": { typescript: true, node: true } },
    rules: {
      // The classic hook rules; the React Compiler diagnostics of plugin v7 don't apply (no compiler in the build).
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import/no-restricted-paths": ["error", { zones }],
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
    },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "e2e/**", "scripts/**", "test/**"],
    rules: { "import/no-restricted-paths": "off", "no-console": "off" },
  },
  {
    // Playwright fixtures call `use(...)`, which the hook rules would mistake for React hooks.
    files: ["e2e/**", "scripts/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
);
