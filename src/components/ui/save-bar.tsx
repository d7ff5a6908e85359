import type { ReactNode } from "react";
import { Button } from "./button";

interface SaveBarProps {
  /** The form differs from what it loaded: "Unsaved changes" shows and Reset is enabled. */
  dirty: boolean;
  /** Back to the loaded values. */
  onReset: () => void;
  /** Disables Reset while a save is in flight. */
  busy?: boolean;
  /** The submit button first, then any others (e.g. "Show API call"). */
  children: ReactNode;
}

/**
 * The buttons of a long form, stuck to the bottom of the window while the form scrolls under them, with
 * "Unsaved changes" and Reset when the form has been edited.
 */
export function SaveBar({ dirty, onReset, busy = false, children }: SaveBarProps) {
  return (
    <div
      data-save-bar=""
      className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur-sm dark:border-slate-800 dark:bg-slate-900/95"
    >
      {children}
      <Button onClick={onReset} disabled={!dirty || busy}>
        Reset
      </Button>
      {/* Always rendered so the status region exists before it changes (screen readers announce the change). */}
      <span role="status" className="text-sm font-medium text-amber-700 sm:ml-auto dark:text-amber-400">
        {dirty ? "Unsaved changes" : ""}
      </span>
    </div>
  );
}
