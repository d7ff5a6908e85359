import { lazy, Suspense, useRef, useState } from "react";
import { useOpenedOnce } from "../../lib/use-opened-once";

// Radix Dialog loads when the menu is first opened, not with every page.
const NavMenuPanel = lazy(() =>
  import("./nav-menu-panel").then((module) => ({ default: module.NavMenuPanel })),
);

/** Narrow screens: the navigation behind a "Menu" button, in a panel that behaves like a dialog. */
export function NavMenu() {
  const [open, setOpen] = useState(false);
  const loaded = useOpenedOnce(open);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        className="inline-flex h-9 items-center gap-2 rounded-rc border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand md:hidden dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <path d="M2 4h12M2 8h12M2 12h12" />
        </svg>
        Menu
      </button>
      {loaded && (
        <Suspense fallback={null}>
          <NavMenuPanel open={open} onOpenChange={setOpen} returnFocusTo={button} />
        </Suspense>
      )}
    </>
  );
}
