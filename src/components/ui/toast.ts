import type { ErrorFix } from "../../../common/error-fix";
import { describeError } from "../../lib/errors";

export type ToastKind = "success" | "error" | "info";

export interface ToastMessage {
  id: number;
  kind: ToastKind;
  title: string;
  description?: string;
  /** Where the error is fixed: the toast links there. */
  fix?: ErrorFix;
}

interface ToastOptions {
  description?: string;
  fix?: ErrorFix;
}

type Listener = () => void;

let toasts: readonly ToastMessage[] = [];
let nextId = 1;
const listeners = new Set<Listener>();
const timers = new Map<number, ReturnType<typeof setTimeout>>();

const DISMISS_AFTER_MS: Record<ToastKind, number> = { success: 5000, info: 5000, error: 10000 };

function emit() {
  for (const listener of listeners) listener();
}

function push(kind: ToastKind, title: string, options?: ToastOptions): number {
  const id = nextId++;
  toasts = [...toasts, { id, kind, title, description: options?.description, fix: options?.fix }].slice(-5);
  timers.set(id, setTimeout(() => dismissToast(id), DISMISS_AFTER_MS[kind]));
  emit();
  return id;
}

export function dismissToast(id: number) {
  clearTimeout(timers.get(id));
  timers.delete(id);
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

/** The toast store, read by <Toaster> through useSyncExternalStore. */
export const toastStore = {
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): readonly ToastMessage[] => toasts,
};

/** Notifications after mutations: `toast.success("Runner created")`, `toast.error("Could not delete", error)`. */
export const toast = {
  success: (title: string, options?: ToastOptions) => push("success", title, options),
  info: (title: string, options?: ToastOptions) => push("info", title, options),
  /** With an error as second argument, the description is its one readable sentence, with a link to the fix if any. */
  error: (title: string, errorOrOptions?: unknown) => {
    if (errorOrOptions instanceof Error) {
      const readable = describeError(errorOrOptions);
      return push("error", title, { description: readable.title, fix: readable.fix });
    }
    return push("error", title, isToastOptions(errorOrOptions) ? errorOrOptions : undefined);
  },
};

function isToastOptions(value: unknown): value is ToastOptions {
  return typeof value === "object" && value !== null && "description" in value;
}
