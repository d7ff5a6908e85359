/**
 * The `redirect` search param of /sign-in: a same-origin path only ("/runners?x=1"), never a URL
 * another site could use, never /sign-in itself. Anything else → undefined.
 */
export function safeRedirectPath(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  if ([...value].some((char) => char.charCodeAt(0) < 0x20)) return undefined;
  const url = new URL(value, "http://console.invalid");
  if (url.origin !== "http://console.invalid" || url.pathname === "/sign-in") return undefined;
  return `${url.pathname}${url.search}`;
}
