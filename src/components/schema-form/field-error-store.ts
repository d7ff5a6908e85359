import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { FieldErrors, UseFormReturn } from "react-hook-form";
import type { FormValues } from "./form-model";

/**
 * Error messages by field name, fed by one react-hook-form subscription for the whole form. Each field listens to
 * its own name only: cheaper to mount than a useFormState per field, and an error change re-renders just its field.
 */
export class FieldErrorStore {
  private messages = new Map<string, string>();
  private listeners = new Map<string, Set<() => void>>();

  get(name: string): string | undefined {
    return this.messages.get(name);
  }

  listen(name: string, listener: () => void): () => void {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener);
    this.listeners.set(name, set);
    return () => set.delete(listener);
  }

  update(errors: FieldErrors<FormValues>): void {
    const names = new Set([...this.messages.keys(), ...Object.keys(errors)]);
    for (const name of names) {
      const message = errors[name]?.message;
      if (message === this.messages.get(name)) continue;
      if (message === undefined) this.messages.delete(name);
      else this.messages.set(name, message);
      this.listeners.get(name)?.forEach((listener) => listener());
    }
  }
}

export function useFieldErrorStore(form: UseFormReturn<FormValues>): FieldErrorStore {
  const [store] = useState(() => new FieldErrorStore());
  const { subscribe } = form;
  useEffect(
    () => subscribe({ formState: { errors: true }, callback: ({ errors }) => store.update(errors ?? {}) }),
    [subscribe, store],
  );
  return store;
}

export function useFieldError(store: FieldErrorStore, name: string): string | undefined {
  const listen = useCallback((listener: () => void) => store.listen(name, listener), [store, name]);
  return useSyncExternalStore(listen, () => store.get(name));
}
