import { Code, type Interceptor, type Transport } from "@connectrpc/connect";
import { hasCode } from "../lib/errors";
import { createConnectApiTransport } from "./connect-transport";

export interface ApiTransportOptions {
  /** The API base, e.g. "/api" (same origin) or "https://console.example.com/api" (embedded). */
  baseUrl: string;
  /**
   * Embedded mode: supplies the bearer token. It is kept in memory only and asked again (once)
   * when the server answers `unauthenticated`. Without it the session cookie is used.
   */
  getToken?: () => Promise<string>;
  /**
   * Cookie mode: called when a unary call answers `unauthenticated`; resolves once the user has signed in again
   * (the call is then sent once more), rejects to let the call fail.
   */
  reauthenticate?: () => Promise<void>;
}

/** The one Connect transport of the console: cookies same-origin — or a bearer token and no cookies when embedded. */
export function createApiTransport({ baseUrl, getToken, reauthenticate }: ApiTransportOptions): Transport {
  const credentials: RequestCredentials = getToken ? "omit" : "same-origin";
  const interceptors = getToken ? [bearerTokenInterceptor(getToken)] : reauthenticate ? [reauthenticateInterceptor(reauthenticate)] : [];
  return createConnectApiTransport(baseUrl, credentials, interceptors);
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

/** On `unauthenticated` waits for the user to sign in again (cookie mode), then sends the unary call once more. */
export function reauthenticateInterceptor(reauthenticate: () => Promise<void>): Interceptor {
  return (next) => async (request) => {
    try {
      return await next(request);
    } catch (error) {
      if (request.stream || !hasCode(error, Code.Unauthenticated)) throw error;
      // Not signed in again (dialog closed): the original error goes on, and the app redirects to /sign-in.
      await reauthenticate().catch(() => Promise.reject(error));
      return next(request);
    }
  };
}
