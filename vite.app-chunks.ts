// How the app's JS is split (with the schema-form chunk of vite.schema-form-chunk.ts). On a slow mobile network
// every file costs a round trip and takes a share of the bandwidth from the large framework file, so the pages
// users land on load a handful of files, not dozens (rolldown's automatic split gave the sign-in page 21 files and
// the runners list 44, many under 2 KB):
// - framework: React, the router, TanStack Query, Connect and protobuf, which every page runs;
// - boot: the app code the entry imports statically (router, route definitions, shell glue);
// - sign-in: the sign-in page and the form parts it needs beyond boot, so the first page loads nothing else;
// - app: code that several signed-in pages share (UI primitives, hooks, API descriptors, the Connect transport).
// What only one page uses stays in that page's chunk, and dialogs (Radix) stay lazy, loaded when first opened.
import { schemaFormChunk } from "./vite.schema-form-chunk.ts";

const FRAMEWORK =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|@tanstack[\\/](react-router|router-core|history|store|react-store|react-query|query-core)|@connectrpc[\\/](connect|connect-web|connect-query)|@bufbuild[\\/]protobuf)[\\/]/;
// An entry's own module must stay in its entry chunk: in a shared chunk, the embed entry would run the main
// entry's boot code (and the other way round).
const ENTRY_MODULE = /[\\/]src[\\/](main\.tsx|embed[\\/])|\.html$/;
const SIGN_IN = /[\\/]src[\\/](features[\\/]session[\\/]|routes[\\/]sign-in\.tsx)/;
const SHARED_CODE = /[\\/](src[\\/](components[\\/]ui|lib|api|gen|app[\\/]connect-transport)|common)[\\/.]/;
const OPENED_LATER = /[\\/](dialog|form-dialog|confirm-dialog|leave-guard)\.tsx$|[\\/]api-call[\\/]/;

export function appChunks() {
  return schemaFormChunk([
    { name: "framework", test: FRAMEWORK, priority: 3 },
    { name: "boot", tags: ["$initial"], test: (id) => !ENTRY_MODULE.test(id), priority: 2 },
    // With its dependencies (the default), so the form's fields come along.
    { name: "sign-in", test: SIGN_IN, priority: 2 },
    { name: "app", test: (id) => SHARED_CODE.test(id) && !OPENED_LATER.test(id), minShareCount: 2, priority: 1 },
  ]);
}
