import { createContext, useContext } from "react";

export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
}

export const FieldContext = createContext<FieldControlProps | null>(null);

/**
 * The id/aria wiring a control inside <Field> needs; props the caller passed win.
 * Outside a Field it returns the caller's own props unchanged.
 */
export function useFieldControlProps<P extends { id?: string; "aria-describedby"?: string }>(props: P): P & Partial<FieldControlProps> {
  const field = useContext(FieldContext);
  if (!field) return props;
  const describedBy = [field["aria-describedby"], props["aria-describedby"]].filter(Boolean).join(" ") || undefined;
  return { ...field, ...props, id: props.id ?? field.id, "aria-describedby": describedBy };
}
