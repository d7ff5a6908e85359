import { useSyncExternalStore } from "react";
import { cn } from "../../lib/cn";
import { ErrorFixLink } from "./error-message";
import { dismissToast, toastStore, type ToastMessage } from "./toast";

const kindClasses = {
  success: "border-emerald-300 dark:border-emerald-800",
  info: "border-slate-300 dark:border-slate-700",
  error: "border-red-300 dark:border-red-800",
} as const;

/**
 * Renders toasts. Two live regions stay mounted (so screen readers pick up later changes):
 * polite for success/info, assertive for errors.
 */
export function Toaster() {
  const toasts = useSyncExternalStore(toastStore.subscribe, toastStore.getSnapshot, toastStore.getSnapshot);
  const errors = toasts.filter((t) => t.kind === "error");
  const others = toasts.filter((t) => t.kind !== "error");
  return (
    <div className="pointer-events-none fixed right-4 bottom-4 z-[60] flex w-[min(24rem,calc(100vw-2rem))] flex-col gap-2">
      <div role="status" aria-live="polite" className="flex flex-col gap-2">
        {others.map((t) => (
          <ToastCard key={t.id} toast={t} />
        ))}
      </div>
      <div role="alert" aria-live="assertive" className="flex flex-col gap-2">
        {errors.map((t) => (
          <ToastCard key={t.id} toast={t} />
        ))}
      </div>
    </div>
  );
}

function ToastCard({ toast }: { toast: ToastMessage }) {
  return (
    <div
      className={cn(
        "pointer-events-auto flex items-start gap-3 rounded-rc border-l-4 border bg-white p-3 text-sm shadow-lg dark:bg-slate-900",
        kindClasses[toast.kind],
      )}
    >
      <div className="min-w-0 flex-1">
        <p className="font-medium text-slate-900 dark:text-slate-100">{toast.title}</p>
        {toast.description ? <p className="mt-0.5 break-words text-slate-600 dark:text-slate-400">{toast.description}</p> : null}
        {toast.fix ? <ErrorFixLink fix={toast.fix} className="mt-1 inline-block font-medium text-link underline underline-offset-2" /> : null}
      </div>
      <button
        type="button"
        onClick={() => dismissToast(toast.id)}
        className="rounded px-1 text-slate-500 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand dark:hover:text-white"
        aria-label="Dismiss notification"
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
