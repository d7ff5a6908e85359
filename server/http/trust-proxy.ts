// TRUST_PROXY: the reverse proxies whose X-Forwarded-For / X-Forwarded-Proto this console believes. A list of
// addresses and CIDRs rather than a hop count: with a count, a client that reaches the console directly (not through
// the proxy) could still forge X-Forwarded-For; with addresses, only connections from the proxy itself are believed.
import net from "node:net";

/** Names fastify (proxy-addr) expands to address ranges. */
const RANGE_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrCidr(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY's entries (comma- or space-separated): IP addresses, CIDRs (`10.0.0.0/8`), or `loopback`,
 * `linklocal`, `uniquelocal`. Empty or unset: no proxy is trusted and X-Forwarded-* headers are ignored.
 */
export function parseTrustProxy(value: string | undefined): string[] {
  const entries = (value ?? "").split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    if (!RANGE_NAMES.has(entry.toLowerCase()) && !isAddressOrCidr(entry)) {
      throw new Error(
        `TRUST_PROXY lists the reverse proxies' addresses (e.g. 127.0.0.1, 10.0.0.0/8, loopback); "${entry}" is not one`,
      );
    }
  }
  return entries.map((entry) => (RANGE_NAMES.has(entry.toLowerCase()) ? entry.toLowerCase() : entry));
}
