import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "../../lib/cn";

interface TableProps extends HTMLAttributes<HTMLTableElement> {
  /** Accessible name of the table (rendered as a visually hidden caption). */
  label: string;
}

/** A table that scrolls horizontally on narrow screens. */
export function Table({ label, className, children, ...rest }: TableProps) {
  return (
    <div className="overflow-x-auto rounded-rc border border-slate-200 dark:border-slate-800">
      <table className={cn("w-full border-collapse text-left text-sm", className)} {...rest}>
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

export function TableCell({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("px-4 py-3 align-middle text-slate-800 dark:text-slate-200", className)} {...rest} />;
}
