import { useLayoutEffect, useRef, type HTMLAttributes, type TdHTMLAttributes, type ThHTMLAttributes } from "react";
import { cn } from "../../lib/cn";

interface TableProps extends HTMLAttributes<HTMLTableElement> {
  /** Accessible name of the table (rendered as a visually hidden caption). */
  label: string;
}

/** Class of a table that stacks its rows on narrow screens (see styles.css); pair it with useStackedCellLabels. */
export const STACKED_TABLE_CLASS = "rc-stacked-table";

/**
 * Copies each column header's text into its body cells' data-label, which the stacked layout shows beside the value.
 * Follows rows as they come and go (paging, virtual scrolling).
 */
export function useStackedCellLabels(ref: React.RefObject<HTMLTableElement | null>) {
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    const label = () => {
      const headers = Array.from(table.querySelectorAll(":scope > thead > tr:last-child > th"), (th) => th.textContent?.trim() ?? "");
      for (const row of Array.from(table.querySelectorAll(":scope > tbody > tr"))) {
        Array.from(row.children).forEach((cell, index) => {
          const text = cell.getAttribute("colspan") ? "" : (headers[index] ?? "");
          if (cell.getAttribute("data-label") !== text) cell.setAttribute("data-label", text);
        });
      }
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(table, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}

/** A table: on wide screens it scrolls inside its frame when too wide; on narrow screens each row is a stacked card. */
export function Table({ label, className, children, ...rest }: TableProps) {
  const ref = useRef<HTMLTableElement>(null);
  useStackedCellLabels(ref);
  return (
    <div className="relative overflow-x-auto rounded-rc border border-slate-200 dark:border-slate-800">
      <table ref={ref} className={cn("w-full border-collapse text-left text-sm", STACKED_TABLE_CLASS, className)} {...rest}>
        <caption className="sr-only">{label}</caption>
        {children}
      </table>
    </div>
  );
}

export function TableHead({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cn("bg-slate-50 dark:bg-slate-900", className)} {...rest} />;
}

export function TableBody({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cn("divide-y divide-slate-200 bg-white dark:divide-slate-800 dark:bg-slate-950", className)} {...rest} />;
}

export function TableRow({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn("hover:bg-slate-50 dark:hover:bg-slate-900/60", className)} {...rest} />;
}

export function TableHeaderCell({ className, scope = "col", ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope={scope}
      className={cn("px-4 py-2.5 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400", className)}
      {...rest}
    />
  );
}

/** A body cell; user text in it wraps anywhere, so a long unbroken name never widens the page. */
export function TableCell({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("px-4 py-3 align-middle text-slate-800 [overflow-wrap:anywhere] dark:text-slate-200", className)} {...rest} />;
}
