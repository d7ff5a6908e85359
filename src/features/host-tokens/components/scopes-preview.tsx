import { Badge } from "../../../components/ui/badge";
import { parseScopes } from "../expiry";

/** The scopes as they will be sent, one chip each. */
export function ScopesPreview({ text }: { text: string }) {
  const scopes = parseScopes(text);
  if (scopes.length === 0) return null;
  return (
    <ul aria-label="Scopes to send" className="-mt-2 flex flex-wrap gap-1">
      {scopes.map((scope) => (
        <li key={scope}>
          <Badge tone="info">{scope}</Badge>
        </li>
      ))}
    </ul>
  );
}
