/**
 * <SchemaForm>: a form rendered at runtime from RunnerConfigurationSchema fields (environmentClasses, runnerConfig,
 * or any other Field[]), one control per field, with no per-provider code.
 *
 *   <SchemaForm
 *     fields={schema.environmentClasses}           // RunnerConfigurationSchema_Field[]
 *     values={[{ key: "cpu", value: "4" }]}         // initial FieldValue strings by field id (defaults otherwise)
 *     secretsSet={new Set(["metrics.password"])}    // secrets stored server-side: shown "set" / "not set"
 *     readOnlyIds={new Set(["someUnknownPath"])}    // shown, never sent
 *     extraFields={[{ key: "displayName", label: "Display name", required: true, maxLength: 127 }]}
 *     serverErrors={[{ key: "cpu", error: "CPU must be between 1 and 64" }, { key: "displayName", error: "…" }]}
 *     onSubmit={({ values, changedValues, extra }) => mutate(…)}
 *     onValidate={(result) => validate(…)}          // optional second button ("Validate")
 *     submitLabel="Create" isSubmitting={pending} error={formLevelMessage} actions={<Button>Cancel</Button>}
 *   />
 *
 * Controls: bool → switch (role="switch"), int → number input (min/max), enum → select whose options show title and
 * subtitle and whose help shows the chosen value's detail, string → text input (pattern checked), display → read-only
 * text, secret → password input (never pre-filled; empty = keep), unknown kind → read-only notice. `required` gives a
 * visible asterisk + aria-required and is enforced; `description` is help text linked with aria-describedby.
 *
 * Values are FieldValue strings: bool "true"/"false", int decimal, enum the chosen title, string as is.
 * onSubmit gets `values` (every editable field with a value; empty optional fields and secrets left empty are
 * omitted), `changedValues` (differing from the initial value; a cleared field comes as ""; a secret only when
 * typed) and `extra` (extra fields by key). Validation is a zod schema built from the fields with the server's
 * messages (common/schema-fields.ts). `serverErrors` land on the matching inputs and focus moves to the first;
 * keys matching no input are listed above the form. Pass a stable array (e.g. from the mutation's result).
 *
 * The form reads its initial values at mount and starts afresh whenever the fields or initial values change in
 * content (e.g. after a save refetches the runner). Inputs are uncontrolled: a keystroke re-renders at most the
 * field being typed in. A form taller than the window mounts the first screenful at once and the rest in later
 * commits, within a few frames (aria-busy meanwhile; a submit or server errors mount the rest at once). The inputs sit outside the <form> element and join it by their `form` attribute (faster in
 * Chromium for large forms); a submit button of your own in `children` needs `form={id}`. `profileFields` puts a
 * React <Profiler id={field id}> inside every schema field (tests count its re-renders).
 */
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useState,
  type BaseSyntheticEvent,
  type ProfilerOnRenderCallback,
  type ReactNode,
} from "react";
import { flushSync } from "react-dom";
import { useForm, useFormState, type Control } from "react-hook-form";
import type { FieldError, SchemaField } from "../../../common/schema-fields";
import { Button } from "../ui/button";
import { SaveBar } from "../ui/save-bar";
import { ExtraFieldControl, SchemaFieldControl, type BindInput } from "./field-controls";
import {
  buildFormModel,
  buildResult,
  modelSignature,
  type ExtraField,
  type FormModel,
  type FormValues,
  type KeyValue,
  type SchemaFormResult,
} from "./form-model";
import { useFieldErrorStore } from "./field-error-store";
import { useProgressiveCount } from "./use-progressive-count";
import { useServerErrors } from "./use-server-errors";
import { lazyZodResolver } from "./zod-schema";

export type { ExtraField, KeyValue, SchemaFormResult } from "./form-model";

export interface SchemaFormProps {
  fields: readonly SchemaField[];
  values?: readonly KeyValue[];
  secretsSet?: ReadonlySet<string>;
  readOnlyIds?: ReadonlySet<string>;
  extraFields?: readonly ExtraField[];
  serverErrors?: readonly FieldError[];
  onSubmit: (result: SchemaFormResult) => void | Promise<void>;
  onValidate?: (result: SchemaFormResult) => void | Promise<void>;
  submitLabel?: string;
  validateLabel?: string;
  isSubmitting?: boolean;
  isValidating?: boolean;
  /** A message for the whole form (e.g. a failed mutation), shown with role="alert". */
  error?: ReactNode;
  /** More buttons after the submit button, e.g. Cancel. */
  actions?: ReactNode;
  /**
   * Buttons that need the form's checked values without submitting (e.g. "Show API call"): `validated()` runs the
   * same validation as submit and resolves the result, or undefined when a field is invalid (its error shows).
   */
  extraActions?: (validated: () => Promise<SchemaFormResult | undefined>) => ReactNode;
  /** Content rendered after the fields, before the buttons. */
  children?: ReactNode;
  /** Hide the built-in buttons, e.g. when a dialog footer submits with <button form={id}>. */
  hideActions?: boolean;
  /**
   * For long page forms: the buttons sit in a bar stuck to the bottom of the window, with "Unsaved changes" and a
   * Reset button (back to the values the form started from) once anything was edited.
   */
  saveBar?: boolean;
  /** Told whenever the form turns edited or back (Reset, undoing the edits, a remount after a save): for a leave guard. */
  onDirtyChange?: (dirty: boolean) => void;
  id?: string;
  "aria-label"?: string;
  profileFields?: ProfilerOnRenderCallback;
}

export function SchemaForm(props: SchemaFormProps) {
  const { fields, values, secretsSet, readOnlyIds, extraFields } = props;
  const model = useMemo(
    () => buildFormModel({ fields, values, secretsSet, readOnlyIds, extraFields }),
    [fields, values, secretsSet, readOnlyIds, extraFields],
  );
  const signature = useMemo(
    () => modelSignature({ fields, values, secretsSet, readOnlyIds, extraFields }),
    [fields, values, secretsSet, readOnlyIds, extraFields],
  );
  return <SchemaFormBody key={signature} {...props} model={model} />;
}

function SchemaFormBody({ model, ...props }: SchemaFormProps & { model: FormModel }) {
  // The model that built the defaults and resolver stays fixed for this mount: a content change remounts.
  const [initialModel] = useState(model);
  const resolver = useMemo(() => lazyZodResolver(initialModel), [initialModel]);
  const form = useForm<FormValues>({
    defaultValues: initialModel.defaultValues,
    resolver,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const errors = useFieldErrorStore(form);
  const { unmatched, summaryRef } = useServerErrors(form, initialModel, props.serverErrors);
  const { register, handleSubmit } = form;
  const generatedId = useId();
  const formId = props.id ?? `schema-form-${generatedId}`;
  const bind = useCallback<BindInput>((name) => ({ ...register(name), form: formId }), [register, formId]);
  const busy = form.formState.isSubmitting || Boolean(props.isSubmitting) || Boolean(props.isValidating);
  const total = initialModel.entries.length;
  const [submitted, setSubmitted] = useState(false);
  const { shown, firstScreen } = useProgressiveCount(total, submitted || Boolean(props.serverErrors?.length));
  // Validation focuses the first invalid input, so every input must be mounted (registered) before it runs.
  const withAllFields =
    (handler: (event?: BaseSyntheticEvent) => Promise<void>) => (event?: BaseSyntheticEvent) => {
      if (shown < total) flushSync(() => setSubmitted(true));
      return handler(event);
    };
  const submit = withAllFields(handleSubmit((data) => props.onSubmit(buildResult(initialModel, data))));
  const validated = () =>
    new Promise<SchemaFormResult | undefined>((resolve) => {
      void withAllFields(
        handleSubmit(
          (data) => resolve(buildResult(initialModel, data)),
          () => resolve(undefined),
        ),
      )();
    });
  const onValidate = props.onValidate;
  const validate = onValidate
    ? withAllFields(handleSubmit((data) => onValidate(buildResult(initialModel, data))))
    : undefined;

  // The inputs sit outside the <form>, so a DOM form reset cannot reach them: set each mounted input's value instead.
  const resetToLoaded = () => form.reset(initialModel.defaultValues, { keepFieldsRef: true });
  const buttons = (
    <>
      <Button type="submit" variant="primary" loading={form.formState.isSubmitting || props.isSubmitting} disabled={busy}>
        {props.submitLabel ?? "Save"}
      </Button>
      {validate ? (
        <Button type="button" onClick={validate} loading={props.isValidating} disabled={busy}>
          {props.validateLabel ?? "Validate"}
        </Button>
      ) : null}
      {props.extraActions?.(validated)}
      {props.actions}
    </>
  );

  return (
    <div
      role={props["aria-label"] ? "form" : undefined}
      aria-label={props["aria-label"]}
      aria-busy={shown < total || undefined}
      className="max-w-3xl space-y-4"
    >
      {props.onDirtyChange ? <DirtyWatcher control={form.control} onDirtyChange={props.onDirtyChange} /> : null}
      {props.error || unmatched.length > 0 ? (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          className="rounded-rc border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {props.error ? <div>{props.error}</div> : null}
          {unmatched.length > 0 ? (
            <ul className="list-disc pl-5">
              {unmatched.map((e) => (
                <li key={`${e.key}:${e.error}`}>{e.error}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {initialModel.extras.map((entry) => (
        <ExtraFieldControl key={entry.name} entry={entry} errors={errors} bind={bind} />
      ))}
      {initialModel.entries.slice(0, shown).map((entry, index) => (
        <SchemaFieldControl
          key={entry.name}
          entry={entry}
          belowFold={index >= firstScreen}
          errors={errors}
          bind={bind}
          onRender={props.profileFields}
        />
      ))}
      {props.children}
      {/* The fields join this form through their `form` attribute (see BindInput); it holds only the buttons.
          With a save bar it generates no box, so the bar sticks within the whole form column. */}
      <form id={formId} noValidate onSubmit={submit} className={props.saveBar ? "contents" : undefined}>
        {props.hideActions ? null : props.saveBar ? (
          <DirtySaveBar control={form.control} onReset={resetToLoaded} busy={busy}>
            {buttons}
          </DirtySaveBar>
        ) : (
          <div className="flex flex-wrap items-center gap-2 pt-1">{buttons}</div>
        )}
      </form>
    </div>
  );
}

/** The save bar re-renders on its own when the form turns edited or back; the fields do not. */
function DirtySaveBar({ control, ...rest }: { control: Control<FormValues>; onReset: () => void; busy: boolean; children: ReactNode }) {
  const { isDirty } = useFormState({ control });
  return <SaveBar dirty={isDirty} {...rest} />;
}

function DirtyWatcher({ control, onDirtyChange }: { control: Control<FormValues>; onDirtyChange: (dirty: boolean) => void }) {
  const { isDirty } = useFormState({ control });
  useEffect(() => {
    onDirtyChange(isDirty);
  }, [isDirty, onDirtyChange]);
  // A remount (e.g. after a save, the form starts afresh from the stored values) or leaving: nothing is pending.
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  return null;
}
