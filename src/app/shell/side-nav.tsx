import { Link } from "@tanstack/react-router";
import { cn } from "../../lib/cn";
import { sectionOfPath, useEmbedding } from "../embedding";
import { navItems } from "./nav-items";

/**
 * Main navigation; the router marks the current page with aria-current="page" and data-status="active".
 * `vertical`: always a column (inside the narrow-screen menu); otherwise a column from md up.
 */
export function SideNav({ vertical = false }: { vertical?: boolean }) {
  const embedding = useEmbedding();
  const items = embedding ? navItems.filter((item) => embedding.sections.some((section) => section === sectionOfPath(item.to))) : navItems;
  return (
    <nav aria-label="Main" className={vertical ? "" : "md:w-56 md:shrink-0"}>
      <ul className={cn("flex gap-1", vertical ? "flex-col px-3 py-4" : "flex-wrap px-4 py-2 md:flex-col md:px-3 md:py-4")}>
        {items.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              activeOptions={{ exact: item.exact ?? false }}
              className="block rounded-rc px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand data-[status=active]:bg-slate-900 data-[status=active]:text-white dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white dark:data-[status=active]:bg-slate-100 dark:data-[status=active]:text-slate-900"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
