import { Link, type LinkProps } from "@tanstack/react-router";
import type { ReactNode } from "react";

export interface CountItem {
  key: string | number;
  label: ReactNode;
  count: number;
  /** The runners list filtered to these runners. */
  search: LinkProps["search"];
  /** Accessible name of the link, e.g. "3 runners Degraded". */
  linkLabel: string;
}

/** A labelled list of counts ("Active 4"), largest first, each a link to the list filtered to those runners. */
export function CountList({ label, items, limit, moreText }: { label: string; items: CountItem[]; limit?: number; moreText?: (others: number) => string }) {
  const sorted = [...items].sort((a, b) => b.count - a.count);
  const shown = limit ? sorted.slice(0, limit) : sorted;
  const others = sorted.length - shown.length;
  return (
    <>
      <ul aria-label={label} className="divide-y divide-slate-100 dark:divide-slate-800">
        {shown.map((item) => (
          <li key={item.key}>
            <Link
              to="/runners"
              search={item.search}
              aria-label={item.linkLabel}
              className="-mx-2 flex items-center justify-between gap-4 rounded px-2 py-2 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand dark:hover:bg-slate-900"
            >
              <span className="min-w-0 truncate">{item.label}</span>
              <span className="font-semibold text-link tabular-nums">{item.count.toLocaleString("en-US")}</span>
            </Link>
          </li>
        ))}
      </ul>
      {others > 0 && moreText ? <p className="pt-2 text-xs text-slate-500 dark:text-slate-400">{moreText(others)}</p> : null}
    </>
  );
}
