// E2E_PORT lets two Playwright runs share the machine (each starts its own server).
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8191);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const ADMIN_TOKEN = "rc-e2e-admin-token-0123456789abcdef";
export const MEMBER_TOKEN = "rc-e2e-member-token-0123456789abcdef";
export const E2E_NOW = "2026-11-20T12:00:00Z";

export const E2E_ENV = {
  PORT: String(E2E_PORT),
  HOST: "127.0.0.1",
  CONSOLE_ADMIN_TOKEN: ADMIN_TOKEN,
  CONSOLE_MEMBER_TOKEN: MEMBER_TOKEN,
  CONSOLE_NOW: E2E_NOW,
  // A request line per call would bury the test report; warnings and errors still show.
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
};
