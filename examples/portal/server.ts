// The example portal's own tiny server: serves the built page and hands the page a console token that it
// holds server-side (as a real portal would mint one for its signed-in user). The token never goes in a URL.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

export interface PortalServerOptions {
  port: number;
  host: string;
  /** The built portal (dist/portal). */
  distDir: string;
  /** Origin of the console server, e.g. http://127.0.0.1:8381 */
  consoleUrl: string;
  apiPrefix: string;
  consoleToken: string;
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };

function sendFile(res: http.ServerResponse, file: string) {
  res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
  fs.createReadStream(file).pipe(res);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/** Only this portal's own pages may ask for a token (browsers always send Origin on a POST from a page). */
function fromOwnPage(req: http.IncomingMessage): boolean {
  return req.headers.origin === `http://${req.headers.host ?? ""}`;
}

export function startPortalServer(options: PortalServerOptions): Promise<http.Server> {
  const root = path.resolve(options.distDir);
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://portal").pathname;
    if (req.method === "GET" && pathname === "/portal-config.json")
      return sendJson(res, 200, { consoleUrl: options.consoleUrl, apiPrefix: options.apiPrefix });
    if (req.method === "POST" && pathname === "/portal/console-token") {
      if (!fromOwnPage(req)) return sendJson(res, 403, { error: "not this portal's page" });
      return sendJson(res, 200, { token: options.consoleToken });
    }
    if (req.method !== "GET") return sendJson(res, 405, { error: "method not allowed" });
    const file = path.join(root, pathname === "/" ? "index.html" : pathname);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return sendFile(res, path.join(root, "index.html"));
    return sendFile(res, file);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
