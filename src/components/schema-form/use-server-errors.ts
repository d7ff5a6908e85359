import { useEffect, useMemo, useRef } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { FieldError } from "../../../common/schema-fields";
import type { FormModel, FormValues } from "./form-model";

/**
 * Puts server-side errors ({key, error}: ValidateRunnerConfiguration's configurationErrors, displayNameError as
 * {key: "displayName"}, SCM errors …) on the matching inputs and focuses the first one in form order. Errors whose
 * key matches no editable input are returned, to be shown for the whole form (and that summary is focused instead).
 */
export function useServerErrors(
  form: UseFormReturn<FormValues>,
  model: FormModel,
  serverErrors: readonly FieldError[] | undefined,
) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const unmatched = useMemo(
    () => (serverErrors ?? []).filter((e) => !model.nameByKey.has(e.key)),
    [serverErrors, model],
  );
  const { setError, setFocus } = form;

  useEffect(() => {
    if (!serverErrors || serverErrors.length === 0) return;
    const order = [...model.nameByKey.values()];
    let first: string | undefined;
    for (const { key, error } of serverErrors) {
      const name = model.nameByKey.get(key);
      if (!name) continue;
      setError(name, { type: "server", message: error });
      if (first === undefined || order.indexOf(name) < order.indexOf(first)) first = name;
    }
    if (first !== undefined) setFocus(first);
    else summaryRef.current?.focus();
  }, [serverErrors, model, setError, setFocus]);

  return { unmatched, summaryRef };
}
