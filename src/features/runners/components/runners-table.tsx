import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { RunnerKind } from "../../../gen/gitpod/v1/runner_configuration_pb";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
import { PlaceholderRow, SKELETON_COLOURS, SpacerRow, skeletonBackground } from "./runner-placeholder-rows";
import { ROW_HEIGHT, RunnerRow } from "./runner-row";
import { rememberOffset, rememberedOffset } from "./scroll-memory";

const HEADER_HEIGHT = 40;
const SKELETON_BACKGROUND = skeletonBackground(HEADER_HEIGHT);
const MAX_HEIGHT = 640;
/** Skeleton rows after the last loaded row while the server has more. */
const PLACEHOLDER_ROWS = 3;
/** The next page is requested once the view comes this close (in rows) to the last loaded row. */
const PRELOAD_ROWS = 5;
const head =
  "truncate px-3 py-2 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-slate-600 uppercase dark:text-slate-400";

interface RunnersTableProps {
  runners: readonly Runner[];
  newest: string;
  /** Checkboxes for bulk delete (only for those allowed to delete). */
  selectable: boolean;
  selected: ReadonlySet<string>;
  onToggle: (runnerId: string) => void;
  onToggleAll: (select: boolean) => void;
  /** Identifies the list (filters); its scroll position is restored when the user comes back. */
  scrollKey: string;
  /** The server has more rows than are loaded: skeleton rows follow the last one. */
  hasMore: boolean;
  loadingMore: boolean;
  /** Asks for the next page; called when the user scrolls near the end of the loaded rows. */
  onNearEnd: () => void;
  /** Changes whenever a page arrives (the rows shown may not, under the phase filter). */
  loadedCount: number;
}

/**
 * A real <table> whose body renders only the rows in view (plus overscan): spacer rows keep the scroll height,
 * aria-rowcount / aria-rowindex tell assistive technology the full size and each row's position.
 */
export function RunnersTable(props: RunnersTableProps) {
  const {
    runners,
    newest,
    selectable,
    selected,
    onToggle,
    onToggleAll,
    scrollKey,
    hasMore,
    loadingMore,
    onNearEnd,
    loadedCount,
  } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = runners.length + (hasMore ? PLACEHOLDER_ROWS : 0);
  // Must be stable: the virtualizer rebuilds all row measurements whenever getItemKey changes identity.
  const getItemKey = useCallback(
    (index: number) => runners[index]?.runnerId ?? `placeholder-${index}`,
    [runners],
  );
  const virtualizer = useVirtualizer({
    count,
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
  // Loading follows the scroll position: only after the user scrolled (a short list never loads by itself), and
  // again after each page while the view stays at the end (the phase filter may have matched nothing new).
  const visibleEnd = virtualizer.range?.endIndex ?? -1;
  const nearEnd = hasMore && (offset ?? 0) > 0 && visibleEnd >= runners.length - 1 - PRELOAD_ROWS;
  const onNearEndRef = useRef(onNearEnd);
  useEffect(() => {
    onNearEndRef.current = onNearEnd;
  });
  useEffect(() => {
    if (nearEnd) onNearEndRef.current();
  }, [nearEnd, visibleEnd, loadedCount]);

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  // Scrolling re-renders this component every frame: keep the O(rows) work out of that path.
  const { selectableCount, allSelected, someSelected } = useMemo(() => {
    const selectable = runners.filter((r) => r.kind !== RunnerKind.LOCAL_CONFIGURATION);
    const chosen = selectable.filter((r) => selected.has(r.runnerId)).length;
    return {
      selectableCount: selectable.length,
      allSelected: selectable.length > 0 && chosen === selectable.length,
      someSelected: chosen > 0 && chosen < selectable.length,
    };
  }, [runners, selected]);
  const columns = selectable ? 7 : 6;
  const height = Math.min(MAX_HEIGHT, HEADER_HEIGHT + count * ROW_HEIGHT + 2);

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
      <table
        aria-rowcount={runners.length + 1}
        aria-busy={loadingMore || undefined}
        className="w-full table-fixed border-collapse text-sm"
      >
        <caption className="sr-only">
          Runners ({runners.length} loaded{hasMore ? ", more available" : ""})
        </caption>
        <thead className="sticky top-0 z-10 bg-slate-50 dark:bg-slate-900" style={{ height: HEADER_HEIGHT }}>
          <tr aria-rowindex={1}>
            {selectable ? (
              <th scope="col" className={`${head} w-10`}>
                <input
                  type="checkbox"
                  className="size-4 accent-[var(--rc-brand,#4f46e5)]"
                  aria-label={`Select all ${selectableCount} loaded runners`}
                  checked={allSelected}
                  ref={(element) => {
                    if (element) element.indeterminate = someSelected;
                  }}
                  onChange={() => onToggleAll(!allSelected)}
                />
              </th>
            ) : null}
            <th scope="col" className={`${head} w-[20%]`}>
              Name
            </th>
            <th scope="col" className={`${head} w-[17%]`}>
              Provider
            </th>
            <th scope="col" className={head}>
              Phase
            </th>
            <th scope="col" className={`${head} w-[16%]`}>
              Version
            </th>
            <th scope="col" className={head}>
              Region
            </th>
            <th scope="col" className={`${head} w-[14%]`}>
              Last seen
            </th>
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={paddingTop} columns={columns} />
          {items.map((item) => {
            const runner = runners[item.index];
            if (!runner) return <PlaceholderRow key={item.key} columns={columns} loading={loadingMore} />;
            return (
              <RunnerRow
                key={item.key}
                runner={runner}
                rowIndex={item.index + 2}
                newest={newest}
                selectable={selectable}
                selected={selected.has(runner.runnerId)}
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
