import { startConsole } from "./startup/start";
import { StartupError } from "./startup/startup-error";

// Everything the console creates in DATA_DIR (database, journals, keys, credentials) is for its owner only.
process.umask(0o077);

try {
  await startConsole();
} catch (error) {
  // One line, no stack: the operator acts on the message (StartupError) or on the underlying error's text.
  const message = error instanceof StartupError ? error.message : `cannot start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(`runner-console: ${message}`);
  process.exit(1);
}
