import * as RadixDialog from "@radix-ui/react-dialog";
import type { RefObject } from "react";
import { ThemeSelect } from "../../components/ui/theme-select";
import { usePortalContainer } from "../../components/ui/portal-container";
import { SideNav } from "./side-nav";

interface NavMenuPanelProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusTo: RefObject<HTMLButtonElement | null>;
}

/** The navigation panel of NavMenu: behaves like a dialog (focus trapped, Escape closes); following a link closes it. */
export function NavMenuPanel({ open, onOpenChange, returnFocusTo }: NavMenuPanelProps) {
  const container = usePortalContainer();
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal container={container ?? undefined}>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
        <RadixDialog.Content
          onCloseAutoFocus={(event) => {
            // No Radix Trigger here (the button is in the page before this loads): return focus to it by hand.
            event.preventDefault();
            returnFocusTo.current?.focus();
          }}
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col overflow-y-auto border-r border-slate-200 bg-white shadow-xl focus:outline-none dark:border-slate-800 dark:bg-slate-950"
        >
          <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3 dark:border-slate-800">
            <RadixDialog.Title className="font-semibold">Menu</RadixDialog.Title>
            <RadixDialog.Close className="rounded-rc px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand dark:text-slate-300 dark:hover:bg-slate-800">
              Close
            </RadixDialog.Close>
          </div>
          <div
            onClick={(event) =>
              event.target instanceof Element && event.target.closest("a") ? onOpenChange(false) : undefined
            }
          >
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
