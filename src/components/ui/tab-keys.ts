import type { KeyboardEvent } from "react";

/**
 * Arrow-key navigation in a row of tabs: Left/Right move (wrapping), Home/End jump.
 * Returns the index to focus, or undefined when the key is not a navigation key.
 */
export function nextTabIndex(event: KeyboardEvent, current: number, count: number): number | undefined {
  switch (event.key) {
    case "ArrowRight":
      return (current + 1) % count;
    case "ArrowLeft":
      return (current - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}

export const tabClasses =
  "relative -mb-px inline-flex items-center border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap " +
  "text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white " +
  "focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-brand";

export const activeTabClasses = "border-brand text-slate-900 dark:text-white";
