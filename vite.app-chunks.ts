// How the app's JS is split (with the schema-form chunk of vite.schema-form-chunk.ts). Left to itself, rolldown
// cuts the libraries every page runs (React, the router, TanStack Query, Connect, protobuf) into many chunks by
// which routes import which part: the sign-in page fetched 22 files and the runners list 43, many under 2 KB.
// One framework chunk for them cuts that to 16 and 34, and compresses better than its pieces (fewer bytes too).
// App code keeps rolldown's automatic split: a shell group was tried, and it pulled the generated protobuf
// descriptors (~40 KB brotli) into the sign-in page.
import { schemaFormChunk } from "./vite.schema-form-chunk.ts";

const FRAMEWORK =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|@tanstack[\\/](react-router|router-core|history|store|react-store|react-query|query-core)|@connectrpc[\\/](connect|connect-web|connect-query)|@bufbuild[\\/]protobuf)[\\/]/;

export function appChunks() {
  return schemaFormChunk([{ name: "framework", test: FRAMEWORK, priority: 3 }]);
}
