// What a browser with an empty cache downloads for one page of the console, as the server sends it.
import type { BrowserContext, Response } from "@playwright/test";
import { gzip } from "../../vite.precompress";

export interface FileWeight {
  path: string;
  /** Body bytes as received (brotli when the server sent brotli). */
  wire: number;
  /** The same file gzip'd at level 9, as a gzip-only server would send it (vite.precompress.ts's .gz). */
  gzip: number;
  raw: number;
  encoding: string;
}

export interface PageWeight {
  name: string;
  files: FileWeight[];
}

const sum = (files: FileWeight[], key: "wire" | "gzip" | "raw") => files.reduce((total, file) => total + file[key], 0);
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const isJs = (file: FileWeight) => file.path.endsWith(".js");


/** Records every same-origin static file (document, JS, CSS, icons) a page loads; API calls are left out. */
export function recordStaticFiles(context: BrowserContext, origin: string) {
  const pending: Array<Promise<FileWeight | undefined>> = [];
  context.on("response", (response: Response) => {
    const url = new URL(response.url());
    const type = response.request().resourceType();
    if (url.origin !== origin || !["document", "script", "stylesheet", "image"].includes(type)) return;
    pending.push(
      (async () => {
        const [sizes, body] = await Promise.all([response.request().sizes(), response.body()]);
        return {
          path: url.pathname,
          wire: sizes.responseBodySize,
          gzip: Math.min(gzip(body).length, body.length),
          raw: body.length,
          encoding: (await response.headerValue("content-encoding")) ?? "identity",
        };
      })(),
    );
  });
  return async (name: string): Promise<PageWeight> => {
    const files = (await Promise.all(pending)).filter((file): file is FileWeight => file !== undefined);
    return { name, files };
  };
}

export function describeWeight(page: PageWeight, listFiles = false): string {
  const byWire = [...page.files].sort((a, b) => b.wire - a.wire);
  const files = listFiles ? byWire.map((file) => `    ${kb(file.wire).padStart(9)} ${file.path}`) : [];
  const js = page.files.filter(isJs);
  const encodings = [...new Set(page.files.map((file) => file.encoding))].join("/");
  return [
    `${page.name}: ${kb(sum(page.files, "wire"))} on the wire (${encodings}), ${kb(sum(page.files, "gzip"))} gzip, ${kb(sum(page.files, "raw"))} raw — ${page.files.length} files`,
    `  of which JS: ${kb(sum(js, "wire"))} on the wire, ${kb(sum(js, "gzip"))} gzip, ${kb(sum(js, "raw"))} raw — ${js.length} files`,
    ...files,
  ].join("\n");
}

export const wireBytes = (page: PageWeight) => sum(page.files, "wire");
