import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { RunnerKind } from "../../../gen/gitpod/v1/runner_configuration_pb";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
import { ROW_HEIGHT, RunnerRow } from "./runner-row";
import { rememberOffset, rememberedOffset } from "./scroll-memory";

const HEADER_HEIGHT = 40;
const MAX_HEIGHT = 640;
const head = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400";

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
}

/**
 * A real <table> whose body renders only the rows in view (plus overscan): spacer rows keep the scroll height,
 * aria-rowcount / aria-rowindex tell assistive technology the full size and each row's position.
 */
export function RunnersTable({ runners, newest, selectable, selected, onToggle, onToggleAll, scrollKey }: RunnersTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Must be stable: the virtualizer rebuilds all row measurements whenever getItemKey changes identity.
  const getItemKey = useCallback((index: number) => runners[index]?.runnerId ?? index, [runners]);
  const virtualizer = useVirtualizer({
    count: runners.length,
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
    const selectable = runners.filter((r) => r.kind !== RunnerKind.LOCAL_CONFIGURATION);
    const chosen = selectable.filter((r) => selected.has(r.runnerId)).length;
    return { selectableCount: selectable.length, allSelected: selectable.length > 0 && chosen === selectable.length, someSelected: chosen > 0 && chosen < selectable.length };
  }, [runners, selected]);
  const columns = selectable ? 7 : 6;
  const height = Math.min(MAX_HEIGHT, HEADER_HEIGHT + runners.length * ROW_HEIGHT + 2);

  return (
    <div
      ref={scrollRef}
      style={{ height }}
      className="max-h-[70vh] overflow-auto rounded-rc [contain:strict] border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950"
      // The scroll area itself is focusable so keyboard users can scroll it.
      tabIndex={0}
      role="region"
      aria-label="Runners list"
    >
      <table aria-rowcount={runners.length + 1} className="w-full table-fixed border-collapse text-sm">
        <caption className="sr-only">Runners ({runners.length} loaded)</caption>
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
            <th scope="col" className={`${head} w-[24%]`}>Name</th>
            <th scope="col" className={head}>Provider</th>
            <th scope="col" className={head}>Phase</th>
            <th scope="col" className={`${head} w-[18%]`}>Version</th>
            <th scope="col" className={head}>Region</th>
            <th scope="col" className={head}>Last status update</th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={columns} style={{ height: paddingTop, padding: 0 }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const runner = runners[item.index];
            if (!runner) return null;
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
          {paddingBottom > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={columns} style={{ height: paddingBottom, padding: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
