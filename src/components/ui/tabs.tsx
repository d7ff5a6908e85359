import { useId, useRef, useState, type ReactNode } from "react";
import { cn } from "../../lib/cn";
import { activeTabClasses, nextTabIndex, tabClasses } from "./tab-keys";

export interface TabItem {
  id: string;
  label: ReactNode;
  content: ReactNode;
}

interface TabsProps {
  /** Accessible name of the tab list. */
  label: string;
  items: readonly TabItem[];
  /** Controlled selection; leave out to let the component keep it. */
  value?: string;
  defaultValue?: string;
  onValueChange?: (id: string) => void;
  className?: string;
}

/** WAI-ARIA tabs (automatic activation): arrow keys move and select, Tab goes into the panel. */
export function Tabs({ label, items, value, defaultValue, onValueChange, className }: TabsProps) {
  const baseId = useId();
  const [ownValue, setOwnValue] = useState(defaultValue ?? items[0]?.id);
  const selected = value ?? ownValue;
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);

  const select = (id: string) => {
    setOwnValue(id);
    onValueChange?.(id);
  };

  return (
    <div className={className}>
      <div role="tablist" aria-label={label} className="flex gap-1 overflow-x-auto border-b border-slate-200 dark:border-slate-800">
        {items.map((item, index) => {
          const isSelected = item.id === selected;
          return (
            <button
              key={item.id}
              ref={(element) => {
                tabRefs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${item.id}`}
              aria-selected={isSelected}
              aria-controls={`${baseId}-panel-${item.id}`}
              tabIndex={isSelected ? 0 : -1}
              className={cn(tabClasses, isSelected && activeTabClasses)}
              onClick={() => select(item.id)}
              onKeyDown={(event) => {
                const next = nextTabIndex(event, index, items.length);
                const target = next === undefined ? undefined : items[next];
                if (next === undefined || !target) return;
                event.preventDefault();
                select(target.id);
                tabRefs.current[next]?.focus();
              }}
            >
              {item.label}
            </button>
          );
        })}
      </div>
      {items.map((item) =>
        item.id === selected ? (
          <div
            key={item.id}
            role="tabpanel"
            id={`${baseId}-panel-${item.id}`}
            aria-labelledby={`${baseId}-tab-${item.id}`}
            tabIndex={0}
            className="pt-4 focus-visible:outline-2 focus-visible:outline-brand"
          >
            {item.content}
          </div>
        ) : null,
      )}
    </div>
  );
}
