import type { SortDirection, SortKey } from "../../../api/fleet/fleet-params";

interface SortableHeaderProps {
  sortKey: SortKey;
  label: string;
  sort: { key: SortKey; direction: SortDirection };
  onSortChange: (key: SortKey, direction: SortDirection) => void;
  className?: string;
}

/** A column header that sorts by its column; pressing it again reverses the order. aria-sort says the current one. */
export function SortableHeader({ sortKey, label, sort, onSortChange, className }: SortableHeaderProps) {
  const active = sort.key === sortKey;
  const next: SortDirection = active && sort.direction === "asc" ? "desc" : "asc";
  return (
    <th scope="col" className={className} aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}>
      <button
        type="button"
        className="inline-flex items-center gap-1 uppercase hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand dark:hover:text-white"
        onClick={() => onSortChange(sortKey, next)}
      >
        {label}
        <span aria-hidden className={active ? "" : "opacity-30"}>
          {active && sort.direction === "desc" ? "↓" : "↑"}
        </span>
      </button>
    </th>
  );
}
