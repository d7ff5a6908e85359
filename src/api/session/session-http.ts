import { Code, ConnectError } from "@connectrpc/connect";
import { codeFromHttpStatus, errorFromJson } from "@connectrpc/connect/protocol-connect";
import { parseSession, type Session } from "../../lib/session";

// The session endpoints are plain HTTP next to the Connect API; their errors use Connect's JSON shape,
// so they become ConnectErrors and the UI treats them like any RPC error (by code).
const baseHeaders = { "Connect-Protocol-Version": "1" };

async function toError(response: Response): Promise<ConnectError> {
  const fallback = new ConnectError(
    response.statusText || `HTTP ${response.status}`,
    codeFromHttpStatus(response.status),
  );
  try {
    return errorFromJson(await response.json(), response.headers, fallback);
  } catch {
    return fallback;
  }
}

async function send(url: string, init: RequestInit, getToken?: () => Promise<string>): Promise<Response> {
  try {
    // A JSON content type without a body is a 400 on fastify: only POST carries one.
    const headers: Record<string, string> =
      init.body === undefined ? { ...baseHeaders } : { ...baseHeaders, "Content-Type": "application/json" };
    // Embedded mode: a bearer token from the host, never the cookie.
    if (getToken) headers.Authorization = `Bearer ${await getToken()}`;
    const response = await fetch(url, { ...init, credentials: getToken ? "omit" : "same-origin", headers });
    if (!response.ok) throw await toError(response);
    return response;
  } catch (error) {
    if (error instanceof ConnectError) throw error;
    throw new ConnectError("the server could not be reached", Code.Unavailable);
  }
}

export async function fetchSession(apiPrefix: string, getToken?: () => Promise<string>): Promise<Session> {
  const response = await send(`${apiPrefix}/auth/session`, { method: "GET" }, getToken);
  return parseSession(await response.json());
}

export async function postSession(apiPrefix: string, token: string): Promise<void> {
  await send(`${apiPrefix}/auth/session`, { method: "POST", body: JSON.stringify({ token }) });
}

export async function deleteSession(apiPrefix: string): Promise<void> {
  await send(`${apiPrefix}/auth/session`, { method: "DELETE" });
}
