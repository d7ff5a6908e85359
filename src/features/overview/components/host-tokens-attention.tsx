import { Link } from "@tanstack/react-router";
import { enumLabel, hostAuthenticationTokenSourceLabels } from "../../../../common/enum-labels";
import { Badge } from "../../../components/ui/badge";
import { buttonClasses } from "../../../components/ui/button";
import { Card, CardBody, CardHeader } from "../../../components/ui/card";
import { RelativeTime } from "../../../components/ui/relative-time";
import type { TokenAttention } from "../summarize";

/** Host tokens expired or expiring within 7 days. */
export function HostTokensAttention({ items, capped }: { items: TokenAttention[]; capped: boolean }) {
  return (
    <Card>
      <CardHeader
        title="Host tokens expiring"
        description={`Expired or expiring within 7 days${capped ? " (first 1,000 tokens checked)" : ""}`}
        actions={
          <Link to="/host-tokens" className={buttonClasses("ghost", "sm")}>
            All host tokens
          </Link>
        }
      />
      <CardBody className="py-2">
        {items.length === 0 ? (
          <p className="py-4 text-sm text-slate-600 dark:text-slate-400">No host token expires in the next 7 days.</p>
        ) : (
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {items.map(({ token, expiresAt, expired }) => (
              <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 py-2.5">
                <div className="min-w-0 text-sm">
                  <Link to="/host-tokens" className="font-medium text-link hover:underline focus-visible:outline-2 focus-visible:outline-brand">
                    {token.host}
                  </Link>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    {enumLabel(hostAuthenticationTokenSourceLabels, token.source)} · {expired ? "expired " : "expires "}
                    <RelativeTime value={expiresAt} tense="any" />
                  </p>
                </div>
                <Badge tone={expired ? "danger" : "warning"} dot>
                  {expired ? "Expired" : "Expiring"}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
