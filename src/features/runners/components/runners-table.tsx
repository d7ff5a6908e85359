import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SortDirection, SortKey } from "../../../api/fleet/fleet-params";
import type { RunnerSummary } from "../../../api/fleet/runner-summary";
import { RunnerKind } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { SKELETON_COLOURS, SpacerRow, skeletonBackground } from "./runner-placeholder-rows";
import { ROW_HEIGHT, RunnerRow } from "./runner-row";
import { observeRectAfterLayout, scrollAfterMount } from "./layout-friendly-virtualizer";
import { SortableHeader } from "./sortable-header";
import { rememberOffset, rememberedOffset } from "./scroll-memory";

const HEADER_HEIGHT = 40;
const SKELETON_BACKGROUND = skeletonBackground(HEADER_HEIGHT);
const MAX_HEIGHT = 640;
const head =
  "truncate px-3 py-2 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-slate-600 uppercase dark:text-slate-400";

interface RunnersTableProps {
  runners: readonly RunnerSummary[];
  newest: string;
  nowMs: number;
  sort: { key: SortKey; direction: SortDirection };
  onSortChange: (key: SortKey, direction: SortDirection) => void;
  /** Checkboxes for bulk actions (settings updates; delete for those allowed to delete). */
  selectable: boolean;
  selected: ReadonlySet<string>;
  onToggle: (runnerId: string) => void;
  onToggleAll: (select: boolean) => void;
  /** Identifies the list (filters, search, sort); its scroll position is restored when the user comes back. */
  scrollKey: string;
  /** Runners are still being read: the table may grow. */
  busy: boolean;
}

/**
 * A real <table> whose body renders only the rows in view (plus overscan): spacer rows keep the scroll height,
 * aria-rowcount / aria-rowindex tell assistive technology the full size and each row's position.
 */
export function RunnersTable(props: RunnersTableProps) {
  const { runners, newest, nowMs, sort, onSortChange, selectable, selected, onToggle, onToggleAll, scrollKey, busy } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // Must be stable: the virtualizer rebuilds all row measurements whenever getItemKey changes identity.
  const getItemKey = useCallback((index: number) => runners[index]?.id ?? index, [runners]);
  const [scrollToFn] = useState(scrollAfterMount);
  const height = Math.min(MAX_HEIGHT, HEADER_HEIGHT + runners.length * ROW_HEIGHT + 2);
  const virtualizer = useVirtualizer({
    count: runners.length,
    // The frame's height before it is measured (max-h-[70vh] included): the first render already has the rows in
    // view, instead of none and a second, synchronous render once measured.
    initialRect: { width: 0, height: Math.min(height, window.innerHeight * 0.7) },
    observeElementRect: observeRectAfterLayout,
    scrollToFn,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Each overscan row is mounted, styled and laid out again on every fast scroll step (a 1500 px wheel step
    // replaces the whole window): 3 rows cover keyboard/slow scrolling without doubling that per-frame work.
    overscan: 3,
    initialOffset: () => rememberedOffset(scrollKey),
    getItemKey,
  });
  const offset = virtualizer.scrollOffset;
  useEffect(() => {
    if (offset !== null) rememberOffset(scrollKey, offset);
  }, [scrollKey, offset]);

  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  // Scrolling re-renders this component every frame: keep the O(rows) work out of that path.
  const { selectableCount, allSelected, someSelected } = useMemo(() => {
    let selectableCount = 0;
    let chosen = 0;
    for (const runner of runners) {
      if (runner.kind === RunnerKind.LOCAL_CONFIGURATION) continue;
      selectableCount++;
      if (selected.has(runner.id)) chosen++;
    }
    return { selectableCount, allSelected: selectableCount > 0 && chosen === selectableCount, someSelected: chosen > 0 && chosen < selectableCount };
  }, [runners, selected]);
  const columns = selectable ? 7 : 6;
  const header = (key: SortKey, label: string, className?: string) => (
    <SortableHeader sortKey={key} label={label} sort={sort} onSortChange={onSortChange} className={`${head} ${className ?? ""}`} />
  );

  return (
    <div
      ref={scrollRef}
      style={{ height, ...SKELETON_BACKGROUND }}
      className={`max-h-[70vh] overflow-auto rounded-rc [contain:strict] ${SKELETON_COLOURS} border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand dark:border-slate-800 dark:bg-slate-950`}
      // The scroll area itself is focusable so keyboard users can scroll it.
      tabIndex={0}
      role="region"
      aria-label="Runners list"
    >
      <table aria-rowcount={runners.length + 1} aria-busy={busy || undefined} className="w-full min-w-[720px] table-fixed border-collapse text-sm">
        <caption className="sr-only">Runners ({runners.length.toLocaleString("en-US")})</caption>
        <thead className="sticky top-0 z-10 bg-slate-50 dark:bg-slate-900" style={{ height: HEADER_HEIGHT }}>
          <tr aria-rowindex={1}>
            {selectable ? (
              <th scope="col" className={`${head} w-10`}>
                <input
                  type="checkbox"
                  className="size-4 accent-[var(--rc-brand,#4f46e5)]"
                  aria-label={`Select all ${selectableCount.toLocaleString("en-US")} shown runners`}
                  checked={allSelected}
                  ref={(element) => {
                    if (element) element.indeterminate = someSelected;
                  }}
                  onChange={() => onToggleAll(!allSelected)}
                />
              </th>
            ) : null}
            {header("name", "Name", "w-[22%]")}
            <th scope="col" className={`${head} w-[15%]`}>
              Provider
            </th>
            {header("status", "Status", "w-[13%]")}
            {header("version", "Version", "w-[17%]")}
            <th scope="col" className={head}>
              Region
            </th>
            {header("lastSeen", "Last seen", "w-[15%]")}
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={paddingTop} columns={columns} />
          {items.map((item) => {
            const runner = runners[item.index];
            if (!runner) return null;
            return (
              <RunnerRow
                key={item.key}
                runner={runner}
                rowIndex={item.index + 2}
                newest={newest}
                nowMs={nowMs}
                selectable={selectable}
                selected={selected.has(runner.id)}
                onToggle={onToggle}
              />
            );
          })}
          <SpacerRow height={paddingBottom} columns={columns} />
        </tbody>
      </table>
    </div>
  );
}
