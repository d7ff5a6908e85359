import type { ReactNode } from "react";

export interface CountItem {
  key: string | number;
  label: ReactNode;
  count: number;
}

/** A labelled list of counts ("Active 4"), largest first; counts are lower bounds when `capped`. */
export function CountList({ label, items, capped }: { label: string; items: CountItem[]; capped: boolean }) {
  const sorted = [...items].sort((a, b) => b.count - a.count);
  return (
    <ul aria-label={label} className="divide-y divide-slate-100 dark:divide-slate-800">
      {sorted.map((item) => (
        <li key={item.key} className="flex items-center justify-between gap-4 py-2 text-sm">
          <span>{item.label}</span>
          <span className="font-semibold text-slate-900 tabular-nums dark:text-white">
            {capped ? "≥ " : ""}
            {item.count}
          </span>
        </li>
      ))}
    </ul>
  );
}
