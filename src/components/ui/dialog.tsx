import * as RadixDialog from "@radix-ui/react-dialog";
import { useLayoutEffect, useRef, type ReactNode } from "react";
import { cn } from "../../lib/cn";
import { usePortalContainer } from "./portal-container";

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons at the bottom, right-aligned. */
  footer?: ReactNode;
  /** Where the portal mounts (e.g. an embedding shadow root); document.body by default. */
  container?: HTMLElement | null;
  size?: "sm" | "md" | "lg";
}

const sizeClasses = { sm: "max-w-md", md: "max-w-lg", lg: "max-w-2xl" } as const;

/** A modal dialog (Radix): focus trapped, Escape closes, focus returns to the opener. */
export function Dialog({ open, onOpenChange, title, description, children, footer, container, size = "md" }: DialogProps) {
  const embeddedContainer = usePortalContainer();
  // Radix returns focus only to a Dialog.Trigger; these dialogs are opened from state, so remember the opener
  // (the focused element as the dialog opens, before Radix moves focus in) and return to it after Escape or close.
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
  }, [open]);
  const returnFocus = (event: Event) => {
    const element = opener.current;
    if (!element?.isConnected) return;
    event.preventDefault();
    element.focus();
  };
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal container={container ?? embeddedContainer ?? undefined}>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50 backdrop-blur-[1px]" />
        <RadixDialog.Content
          className={cn(
            "fixed top-1/2 left-1/2 z-50 max-h-[90vh] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto",
            "rounded-rc border border-slate-200 bg-white p-6 text-slate-900 shadow-xl focus:outline-none",
            "dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
            sizeClasses[size],
          )}
          onCloseAutoFocus={returnFocus}
          // Escape in an open combobox closes its list (the combobox does), not the dialog around it.
          onEscapeKeyDown={(event) => {
            const target = event.target;
            if (target instanceof HTMLElement && target.getAttribute("role") === "combobox" && target.getAttribute("aria-expanded") === "true") event.preventDefault();
          }}
          // Without a description Radix warns unless aria-describedby is explicitly undefined.
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <RadixDialog.Title className="text-lg font-semibold">{title}</RadixDialog.Title>
          {description ? (
            <RadixDialog.Description className="mt-1.5 text-sm text-slate-600 dark:text-slate-400">{description}</RadixDialog.Description>
          ) : null}
          {children ? <div className="mt-4">{children}</div> : null}
          {footer ? <div className="mt-6 flex flex-wrap justify-end gap-2">{footer}</div> : null}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
