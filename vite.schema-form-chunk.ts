// The schema-form engine and react-hook-form go in a chunk of their own that V8 compiles as soon as it loads
// (an explicit compile hint). A form is built right after its chunk arrives, so its first mount no longer waits for
// lazy compilation (~30 ms on this machine); the app's other chunks keep V8's lazy default.
import type { UserConfig } from "vite";

type OutputOptions = Exclude<
  NonNullable<NonNullable<NonNullable<UserConfig["build"]>["rolldownOptions"]>["output"]>,
  readonly unknown[]
>;
type ChunkGroup = NonNullable<Extract<OutputOptions["codeSplitting"], object>["groups"]>[number];

const CHUNK = "schema-form";
const ENGINE =
  /[\\/](src[\\/]components[\\/]schema-form|common[\\/]schema-fields|node_modules[\\/](react-hook-form|@hookform[\\/]resolvers))[\\/]/;

/**
 * Only the matched modules: the UI primitives they import stay where the first page loads them, and zod (run only
 * when a form validates) stays lazily compiled. The chunk and the one rendering a form may import each other; that
 * is safe while React (whose memo() and createContext() run at module load) sits in a chunk that imports no app
 * code (the app's framework chunk, vite.app-chunks.ts).
 */
export const schemaFormGroup: ChunkGroup = {
  name: CHUNK,
  test: ENGINE,
  // Above every other group, so a module of the engine never lands in a shared chunk instead.
  priority: 10,
  includeDependenciesRecursively: false,
};

export function schemaFormChunk(otherGroups: ChunkGroup[] = []): OutputOptions {
  return {
    codeSplitting: { groups: [schemaFormGroup, ...otherGroups] },
    // After minification, which would drop the comment.
    postBanner: (chunk) => (chunk.name === CHUNK ? "//# allFunctionsCalledOnLoad" : ""),
  };
}
