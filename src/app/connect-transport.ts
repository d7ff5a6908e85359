import type { Interceptor, Transport } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-web";
import { observeDateHeader } from "../lib/server-clock";

/**
 * JSON, always POST (the server's CSRF check relies on POST + Connect-Protocol-Version); `credentials`
 * is "same-origin" for the session cookie or "omit" when embedded with a bearer token.
 */
export function createConnectApiTransport(baseUrl: string, credentials: RequestCredentials, interceptors: Interceptor[]): Transport {
  return createConnectTransport({
    baseUrl,
    useBinaryFormat: false,
    useHttpGet: false,
    interceptors,
    fetch: async (input, init) => {
      const response = await globalThis.fetch(input, { ...init, credentials });
      observeDateHeader(response.headers.get("date"));
      return response;
    },
  });
}
