// The server-rendered pages of the local OAuth flow. No scripts (the CSP forbids inline ones): a plain form posts
// the decision. Every interpolated value is HTML-escaped.
import { hiddenCharacterError } from "../validation";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
h1{font-size:1.4rem}.card{border:1px solid #d1d5db;border-radius:.5rem;padding:1.5rem}
button{font:inherit;padding:.5rem 1rem;border-radius:.375rem;border:1px solid #4b5563;margin-right:.5rem;cursor:pointer}
button.primary{background:#1d4ed8;color:#fff;border-color:#1d4ed8}dt{font-weight:600}dd{margin:0 0 .5rem 0}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main class="card">${body}</main></body></html>`;
}

export function authorizePage(input: {
  action: string;
  state: string;
  host: string;
  runnerName: string;
  userName: string;
  scmName: string;
}): string {
  const title = `Authorize Runner Console to access ${input.host}`;
  return page(
    title,
    `<h1>${escapeHtml(title)}</h1>
<p>This is the console's local stand-in for ${escapeHtml(input.scmName)}'s OAuth consent screen. Approving stores an
OAuth token for <strong>${escapeHtml(input.userName)}</strong> on runner <strong>${escapeHtml(input.runnerName)}</strong>.</p>
<dl><dt>Host</dt><dd>${escapeHtml(input.host)}</dd><dt>Runner</dt><dd>${escapeHtml(input.runnerName)}</dd></dl>
<form method="post" action="${escapeHtml(input.action)}">
<input type="hidden" name="state" value="${escapeHtml(input.state)}">
<button class="primary" type="submit" name="decision" value="approve">Authorize</button>
<button type="submit" name="decision" value="deny">Cancel</button>
</form>`,
  );
}

export function messagePage(title: string, message: string, link?: { href: string; label: string }): string {
  const back = link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : "";
  return page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${back}`);
}

/**
 * returnTo must be a path of this console (same origin): "/x", never "//host" or "/\\host" or a URL, and nothing a
 * user cannot see (control or text-direction characters). Other non-ASCII is percent-encoded, so the value is
 * always a valid Location header; encoding is idempotent, so a stored value passes through unchanged.
 */
export function safeReturnTo(value: string | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  if (hiddenCharacterError("returnTo", value) !== undefined) return "/";
  try {
    return value.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
  } catch {
    return "/"; // a lone surrogate cannot be encoded
  }
}
