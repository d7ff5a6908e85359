import type { Ref, SelectHTMLAttributes } from "react";
import { cn } from "../../lib/cn";
import { controlClasses } from "./control-classes";
import { useFieldControlProps } from "./field-context";

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  /** Options to render; children may be used instead (e.g. for <optgroup>). */
  options?: readonly SelectOption[];
  /** A first, empty option such as "Any provider". */
  placeholder?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** Native select: keyboard, type-ahead and screen readers work as users expect. */
export function Select({ className, options, placeholder, children, ...props }: SelectProps) {
  const wired = useFieldControlProps(props);
  return (
    <select className={cn(controlClasses, "h-9 pr-8", className)} {...wired}>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options?.map((option) => (
        <option key={option.value} value={option.value} disabled={option.disabled}>
          {option.label}
        </option>
      ))}
      {children}
    </select>
  );
}
