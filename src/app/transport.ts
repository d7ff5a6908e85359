import { Code, type Interceptor, type Transport } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-web";
import { hasCode } from "../lib/errors";

export interface ApiTransportOptions {
  /** The API base, e.g. "/api" (same origin) or "https://console.example.com/api" (embedded). */
  baseUrl: string;
  /**
   * Embedded mode: supplies the bearer token. It is kept in memory only and asked again (once)
   * when the server answers `unauthenticated`. Without it the session cookie is used.
   */
  getToken?: () => Promise<string>;
}

/**
 * The one Connect transport of the console: JSON, always POST (the server's CSRF check relies on
 * POST + Connect-Protocol-Version), cookies same-origin — or a bearer token and no cookies when embedded.
 */
export function createApiTransport({ baseUrl, getToken }: ApiTransportOptions): Transport {
  const credentials: RequestCredentials = getToken ? "omit" : "same-origin";
  return createConnectTransport({
    baseUrl,
    useBinaryFormat: false,
    useHttpGet: false,
    interceptors: getToken ? [bearerTokenInterceptor(getToken)] : [],
    fetch: (input, init) => globalThis.fetch(input, { ...init, credentials }),
  });
}

/** Adds `Authorization: Bearer`; on `unauthenticated` fetches a fresh token and retries a unary call once. */
export function bearerTokenInterceptor(getToken: () => Promise<string>): Interceptor {
  let token: Promise<string> | undefined;
  const currentToken = (refresh: boolean): Promise<string> => {
    if (refresh || !token) {
      const pending = getToken();
      // A failed fetch must not stick: the next call asks again.
      pending.catch(() => {
        if (token === pending) token = undefined;
      });
      token = pending;
    }
    return token;
  };
  return (next) => async (request) => {
    request.header.set("Authorization", `Bearer ${await currentToken(false)}`);
    try {
      return await next(request);
    } catch (error) {
      if (request.stream || !hasCode(error, Code.Unauthenticated)) throw error;
      request.header.set("Authorization", `Bearer ${await currentToken(true)}`);
      return next(request);
    }
  };
}
