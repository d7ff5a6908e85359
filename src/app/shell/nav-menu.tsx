import * as RadixDialog from "@radix-ui/react-dialog";
import { useState } from "react";
import { ThemeSelect } from "../../components/ui/theme-select";
import { usePortalContainer } from "../../components/ui/portal-container";
import { SideNav } from "./side-nav";

/**
 * Narrow screens: the navigation behind a "Menu" button, in a panel that behaves like a dialog (focus trapped,
 * Escape closes, focus returns to the button). Following a link closes it.
 */
export function NavMenu() {
  const [open, setOpen] = useState(false);
  const container = usePortalContainer();
  return (
    <RadixDialog.Root open={open} onOpenChange={setOpen}>
      <RadixDialog.Trigger className="inline-flex h-9 items-center gap-2 rounded-rc border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand md:hidden dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5">
          <path d="M2 4h12M2 8h12M2 12h12" />
        </svg>
        Menu
      </RadixDialog.Trigger>
      <RadixDialog.Portal container={container ?? undefined}>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
        <RadixDialog.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col overflow-y-auto border-r border-slate-200 bg-white shadow-xl focus:outline-none dark:border-slate-800 dark:bg-slate-950"
        >
          <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3 dark:border-slate-800">
            <RadixDialog.Title className="font-semibold">Menu</RadixDialog.Title>
            <RadixDialog.Close className="rounded-rc px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand dark:text-slate-300 dark:hover:bg-slate-800">
              Close
            </RadixDialog.Close>
          </div>
          <div onClick={(event) => (event.target instanceof Element && event.target.closest("a") ? setOpen(false) : undefined)}>
            <SideNav vertical />
          </div>
          <div className="mt-auto border-t border-slate-200 p-4 dark:border-slate-800">
            <ThemeSelect />
          </div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
