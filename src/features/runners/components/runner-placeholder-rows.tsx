import type { CSSProperties } from "react";
import { ROW_HEIGHT } from "./runner-row";

// Rows that are not rendered (outside the window) or not loaded yet look like skeleton rows, never blank: the
// scroll area's own background is a pattern of grey bars and row lines, one per ROW_HEIGHT, that scrolls with the
// rows (background-attachment: local) and shows wherever no real row covers it — e.g. when a fast scrollbar drag
// moves the view before the main thread has rendered the new rows. It is painted once: spacer heights changing on
// every scroll step do not repaint it, and it costs no DOM nodes.
const bar = (from: number, to: number) =>
  `linear-gradient(to bottom, transparent ${from}px, var(--rc-skeleton) ${from}px, var(--rc-skeleton) ${to}px, transparent ${to}px)`;
const rowLine = `linear-gradient(to bottom, transparent ${ROW_HEIGHT - 1}px, var(--rc-skeleton) ${ROW_HEIGHT - 1}px)`;
const barTop = Math.round(ROW_HEIGHT / 2) - 5;

/** The skeleton pattern, starting below a header of `headerHeight` px. */
export function skeletonBackground(headerHeight: number): CSSProperties {
  const rowTiles = `${ROW_HEIGHT}px`;
  return {
    backgroundImage: [bar(barTop, barTop + 10), bar(barTop, barTop + 10), bar(barTop, barTop + 10), bar(barTop, barTop + 10), rowLine].join(", "),
    backgroundSize: `18% ${rowTiles}, 12% ${rowTiles}, 10% ${rowTiles}, 14% ${rowTiles}, 100% ${rowTiles}`,
    backgroundPosition: [4, 38, 56, 74, 0].map((x) => `${x}% ${headerHeight}px`).join(", "),
    backgroundRepeat: "repeat-y",
    backgroundAttachment: "local",
  };
}

/** The colour of the pattern, light and dark (set on the scroll area). */
export const SKELETON_COLOURS = "[--rc-skeleton:#e2e8f0] dark:[--rc-skeleton:#1e293b]";

/** Stands in for `height` px of rows above and below the rendered window (transparent: the pattern shows). */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true">
      <td colSpan={columns} style={{ height, padding: 0 }} />
    </tr>
  );
}
