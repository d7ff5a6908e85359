import type { FieldValues, UseFormHandleSubmit } from "react-hook-form";

/**
 * For ShowApiCallButton's `request` on a react-hook-form form: runs the form's validation like a submit (errors
 * show on the fields), then builds the request from the valid values with the same builder the submit uses.
 */
export function validatedRequest<V extends FieldValues, T, R>(
  handleSubmit: UseFormHandleSubmit<V, T>,
  build: (values: T) => R | undefined,
): () => Promise<R | undefined> {
  return () =>
    new Promise((resolve) => {
      void handleSubmit(
        (values) => resolve(build(values)),
        () => resolve(undefined),
      )();
    });
}
