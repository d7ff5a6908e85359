// The virtualizer's defaults measure the frame and write its scroll position synchronously when the table mounts.
// Both make the browser compute style and layout for the whole new table inside React's commit, one long task (and
// under a profiler, or Lighthouse, every layout change there is recorded with its JS stack, several times slower).
// These two leave style and layout to the browser's own rendering step.
import { elementScroll, observeElementRect, type Rect, type Virtualizer, type VirtualizerOptions } from "@tanstack/react-virtual";

type TableVirtualizer = Virtualizer<HTMLDivElement, Element>;

/** The frame's size from a ResizeObserver, after layout; until then the virtualizer uses its `initialRect`. */
export function observeRectAfterLayout(instance: TableVirtualizer, onRect: (rect: Rect) => void) {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === "undefined") return observeElementRect(instance, onRect);
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize[0];
    if (box) onRect({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(element, { box: "border-box" });
  return () => observer.disconnect();
}

/** Scrolls as the default does, except the write of offset 0 into a frame that was just mounted (already at 0). */
export function scrollAfterMount(): VirtualizerOptions<HTMLDivElement, Element>["scrollToFn"] {
  let mounted = false;
  return (offset, options, instance) => {
    const first = !mounted;
    mounted = true;
    if (first && offset + (options.adjustments ?? 0) === 0) return;
    elementScroll(offset, options, instance);
  };
}
