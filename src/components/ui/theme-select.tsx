import { useId } from "react";
import { cn } from "../../lib/cn";
import { setThemePreference, useThemePreference, type ThemePreference } from "../../lib/theme";

const options: Array<{ value: ThemePreference; label: string }> = [
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "system", label: "System" },
];

interface ThemeSelectProps {
  /** Visible legend; the header uses a visually hidden one. */
  showLegend?: boolean;
  className?: string;
}

/** Light / Dark / System as a native radio group (arrow keys move the choice). */
export function ThemeSelect({ showLegend = false, className }: ThemeSelectProps) {
  const name = useId();
  const current = useThemePreference();
  return (
    <fieldset className={className}>
      <legend className={showLegend ? "mb-2 text-sm font-medium text-slate-800 dark:text-slate-200" : "sr-only"}>Theme</legend>
      <div className="inline-flex rounded-rc border border-slate-300 bg-white p-0.5 dark:border-slate-700 dark:bg-slate-900">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "cursor-pointer rounded-[calc(var(--rc-radius,0.5rem)-2px)] px-2.5 py-1 text-xs font-medium",
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand",
              current === option.value
                ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
                : "text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={current === option.value}
              onChange={() => setThemePreference(option.value)}
              className="sr-only"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
