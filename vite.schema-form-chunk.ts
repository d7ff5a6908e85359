// The schema-form engine and react-hook-form go in a chunk of their own that V8 compiles as soon as it loads
// (an explicit compile hint). A form is built right after its chunk arrives, so its first mount no longer waits for
// lazy compilation (~30 ms on this machine); the app's other chunks keep V8's lazy default.
import type { UserConfig } from "vite";

type OutputOptions = NonNullable<NonNullable<NonNullable<UserConfig["build"]>["rolldownOptions"]>["output"]>;

const CHUNK = "schema-form";
const ENGINE =
  /[\\/](src[\\/]components[\\/]schema-form|common[\\/]schema-fields|node_modules[\\/](react-hook-form|@hookform[\\/]resolvers))[\\/]/;

export const schemaFormChunk: OutputOptions = {
  // Only the matched modules: the UI primitives they import stay where the first page loads them, and zod (run only
  // when a form validates) stays lazily compiled.
  codeSplitting: { groups: [{ name: CHUNK, test: ENGINE, includeDependenciesRecursively: false }] },
  // After minification, which would drop the comment.
  postBanner: (chunk) => (chunk.name === CHUNK ? "//# allFunctionsCalledOnLoad" : ""),
};
