import { startTransition, useEffect, useState } from "react";

/** A field is at least this tall (label, input, help), so the first commit fills the window with ~this many px each. */
const MIN_FIELD_PX = 80;
/** Later commits double in size up to this many fields, one per frame, so keystrokes and paints slip in between. */
const MAX_COMMIT = 64;

/** Fields that fill the window: the first paint then looks complete, and nothing more is built before it. */
export function firstCommitSize(): number {
  const height = typeof window === "undefined" ? 800 : window.innerHeight;
  return Math.min(24, Math.max(8, Math.ceil(height / MIN_FIELD_PX)));
}

/**
 * How many of `total` fields to render. A large form mounts the first screenful at once and the rest in later,
 * interruptible commits, so it appears and takes input before its far end exists. Every field is in the DOM within
 * a few frames (find-in-page and tab order then cover all); `showAll` renders the rest at once (a submit or a server
 * error needs every input registered, to focus the first invalid one). `firstScreen`: how many the first commit held.
 */
export function useProgressiveCount(total: number, showAll: boolean): { shown: number; firstScreen: number } {
  const [firstScreen] = useState(firstCommitSize);
  const [count, setCount] = useState(() => Math.min(total, firstScreen));
  // Adjusting state while rendering: the same commit then holds every field.
  if (showAll && count < total) setCount(total);
  useEffect(() => {
    if (count >= total) return;
    const next = Math.min(total, count + Math.min(count, MAX_COMMIT));
    // After the next frame, so the fields already committed are painted before more are built.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setCount(next)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [count, total]);
  return { shown: Math.min(count, total), firstScreen };
}
