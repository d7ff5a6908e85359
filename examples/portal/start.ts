// npm run example:portal — builds and starts the console (default :8381) and the example portal (default :8380).
import { startPortalStack } from "./stack";

const stack = await startPortalStack({
  consolePort: Number(process.env.CONSOLE_PORT ?? 8381),
  portalPort: Number(process.env.PORTAL_PORT ?? 8380),
  build: process.env.SKIP_BUILD !== "1",
});
console.info(`Example portal: ${stack.portalUrl}  (console: ${stack.consoleUrl}; Ctrl+C stops both)`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void stack.close().then(() => process.exit(0)));
}
