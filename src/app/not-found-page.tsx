import { Link } from "@tanstack/react-router";
import { buttonClasses } from "../components/ui/button";
import { navItems } from "./shell/nav-items";

/** An unknown address: says so and offers every section of the console, so no one is stranded. */
export function NotFoundPage() {
  return (
    <div className="mx-auto max-w-xl px-6 py-16 text-center">
      <p className="text-sm font-semibold text-link">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900 dark:text-white">Page not found</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">There is nothing at this address. It may have moved, or the link is wrong.</p>
      <Link to="/" className={buttonClasses("primary", "md", "mt-6")}>
        Go to the overview
      </Link>
      <nav aria-label="Console sections" className="mt-8">
        <ul className="flex flex-wrap justify-center gap-x-4 gap-y-2 text-sm">
          {navItems
            .filter((item) => item.to !== "/")
            .map((item) => (
              <li key={item.label}>
                <Link to={item.to} className="font-medium text-link hover:underline focus-visible:outline-2 focus-visible:outline-brand">
                  {item.label}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
    </div>
  );
}
