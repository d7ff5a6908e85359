// Test helper: an upstream local API that records what reaches it, and a console in proxy mode in front of it.
import type { IncomingHttpHeaders } from "node:http";
import type { FastifyPluginAsync } from "fastify";
import type { ServerConfig } from "../config";
import { hardeningPlugin } from "../http/hardening";
import { startTestServer, type TestServer } from "../testing";

export interface SeenRequest {
  url: string;
  headers: IncomingHttpHeaders;
}

export interface ProxyPair {
  upstream: TestServer;
  proxy: TestServer;
  /** Requests the upstream received, in order. */
  seen: SeenRequest[];
  close(): Promise<void>;
}

/** Upstream answers carry these besides Set-Cookie; only the ETag may reach the browser. */
export const UPSTREAM_EXTRA_HEADERS = {
  location: "https://evil.example/landing",
  "x-custom": "upstream-internal",
  "x-powered-by": "upstream",
  "access-control-allow-origin": "*",
  etag: '"upstream-v1"',
};

/** Records every request and adds a Set-Cookie and other headers of its own, which the proxy must not pass back. */
function recorder(seen: SeenRequest[]): FastifyPluginAsync {
  const plugin: FastifyPluginAsync = async (app) => {
    app.addHook("onRequest", async (request, reply) => {
      seen.push({ url: request.url, headers: { ...request.headers } });
      reply.header("set-cookie", "upstream_cookie=leak; Path=/");
      reply.headers(UPSTREAM_EXTRA_HEADERS);
    });
  };
  return Object.assign(plugin, { [Symbol.for("skip-override")]: true });
}

/** `config`: the proxy's settings besides the upstream (e.g. PUBLIC_URL, TRUST_PROXY). */
export async function startProxyPair(config: Partial<ServerConfig> = {}): Promise<ProxyPair> {
  const seen: SeenRequest[] = [];
  const upstream = await startTestServer({ app: { plugins: [recorder(seen)] } });
  const proxyConfig = { ...config, gitpodApiUrl: upstream.baseUrl, apiPrefix: "/api", frameAncestors: [], embedAllowedOrigins: [] };
  const proxy = await startTestServer({ config: proxyConfig, app: { plugins: [hardeningPlugin(proxyConfig)] } });
  return {
    upstream,
    proxy,
    seen,
    async close() {
      await proxy.close();
      await upstream.close();
    },
  };
}
