// The forms benchmark page: ?variant=schema|plain&count=N renders the schema-form engine, or as many plain
// uncontrolled <input>s as the baseline, and measures mount, keystroke-to-paint, long tasks and CSP violations.
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { z } from "zod";
import { generatedSchema } from "../../src/components/schema-form/generated-schema";
import { SchemaForm } from "../../src/components/schema-form/schema-form";
import type { SchemaField } from "../../common/schema-fields";
import type { PageMeasurements, Variant } from "./bench-api";
import "./bench.css";

z.config({ jitless: true });

const params = new URLSearchParams(location.search);
const variant: Variant = params.get("variant") === "plain" ? "plain" : "schema";
const count = Number(params.get("count") ?? "200");
const fields = generatedSchema(count);
// The string field nearest the middle of the form.
const target = fields
  .filter((f) => f.type.case === "string" && !f.required)
  .sort((a, b) => distance(a) - distance(b))[0];
function distance(field: SchemaField) {
  return Math.abs(fields.indexOf(field) - count / 2);
}

const measurements: PageMeasurements = {
  renderMs: 0,
  longTaskCount: 0,
  longTaskTotalMs: 0,
  slowEvents: 0,
  cspViolations: 0,
};
let measuring = false;
let settled: Promise<number> | undefined;
document.addEventListener("securitypolicyviolation", () => measurements.cspViolations++);
new PerformanceObserver((list) => {
  if (!measuring) return;
  for (const entry of list.getEntries()) {
    measurements.longTaskCount++;
    measurements.longTaskTotalMs += entry.duration;
  }
}).observe({ type: "longtask" });
// Event Timing's durationThreshold is not in TypeScript's DOM lib yet.
const eventTiming: PerformanceObserverInit & { durationThreshold: number } = {
  type: "event",
  durationThreshold: 16,
};
new PerformanceObserver((list) => {
  if (measuring) measurements.slowEvents += list.getEntries().length;
}).observe(eventTiming);

/** Resolves just after the next frame has been painted. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Resolves just after the next frame once `done()` holds, checking every frame. */
async function paintedWhen(done: () => boolean): Promise<void> {
  while (!done()) await new Promise(requestAnimationFrame);
  await nextPaint();
}

let inputs = 0;
document.addEventListener("input", () => inputs++, true);

// The baseline is the cheapest honest structure: labelled inputs in a <div> (no <form>, whose control association
// Chromium makes slower as the form grows).
function PlainInputs() {
  return (
    <div className="space-y-5">
      {fields.map((field) => (
        <div key={field.id}>
          <label htmlFor={field.id}>{field.name}</label>
          <input id={field.id} name={field.id} defaultValue="" />
        </div>
      ))}
    </div>
  );
}

const container = document.getElementById("root");
if (!container) throw new Error("#root is missing");

window.bench = {
  variant,
  count,
  async mount() {
    measuring = true;
    const root = createRoot(container);
    const start = performance.now();
    flushSync(() =>
      root.render(
        variant === "schema" ? <SchemaForm fields={fields} onSubmit={() => undefined} /> : <PlainInputs />,
      ),
    );
    measurements.renderMs = performance.now() - start;
    settled = paintedWhen(() => container.querySelector('[aria-busy="true"]') === null).then(
      () => performance.now() - start,
    );
    await nextPaint();
    return performance.now() - start;
  },
  focusTarget() {
    const label = [...document.querySelectorAll("label")].find((l) => l.textContent === target?.name);
    const input = label ? document.getElementById(label.htmlFor) : null;
    if (!(input instanceof HTMLInputElement)) throw new Error(`no input labelled ${target?.name}`);
    input.focus();
    return label?.textContent ?? "";
  },
  settled: () => settled ?? Promise.reject(new Error("not mounted")),
  typedAndPainted: (count) => paintedWhen(() => inputs >= count),
  results: () => measurements,
};
