import { cn } from "../../../lib/cn";
import type { RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { PROVIDER_CHOICES } from "./providers";

interface ProviderPickerProps {
  value: RunnerProvider | undefined;
  onChange: (provider: RunnerProvider) => void;
}

/** Provider cards: native radio buttons (arrow keys move between them), styled as cards. */
export function ProviderPicker({ value, onChange }: ProviderPickerProps) {
  return (
    <fieldset>
      <legend className="mb-3 text-sm font-medium text-slate-800 dark:text-slate-200">Where will the runner run?</legend>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {PROVIDER_CHOICES.map((choice) => {
          const checked = value === choice.provider;
          return (
            <label
              key={choice.provider}
              className={cn(
                "flex cursor-pointer gap-3 rounded-rc border p-4 transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand",
                checked
                  ? "border-brand bg-brand/5 dark:bg-brand/10"
                  : "border-slate-200 hover:border-slate-300 dark:border-slate-700 dark:hover:border-slate-600",
              )}
            >
              <input
                type="radio"
                name="provider"
                className="mt-1 size-4 accent-[var(--rc-brand,#4f46e5)]"
                checked={checked}
                onChange={() => onChange(choice.provider)}
              />
              <span>
                <span className="block font-medium text-slate-900 dark:text-slate-100">{choice.title}</span>
                <span className="mt-0.5 block text-sm text-slate-600 dark:text-slate-400">{choice.description}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
