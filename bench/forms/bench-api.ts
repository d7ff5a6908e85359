// What the forms benchmark page exposes on `window.bench`, for scripts/bench-forms.ts to drive through Playwright.
export type Variant = "schema" | "plain";

export interface PageMeasurements {
  /** Render + commit of the form's first commit (React's synchronous work), ms. */
  renderMs: number;
  longTaskCount: number;
  longTaskTotalMs: number;
  /** Events the Event Timing API saw take ≥ 16 ms to the next paint. */
  slowEvents: number;
  cspViolations: number;
}

export interface BenchApi {
  variant: Variant;
  count: number;
  /** Renders the form; resolves with the time from render start to the next painted frame, ms. */
  mount(): Promise<number>;
  /** Resolves once every field is in the DOM (the form is no longer aria-busy) and painted: ms since mount began. */
  settled(): Promise<number>;
  /** Focuses the string input in the middle of the form; returns its label. */
  focusTarget(): string;
  /** Resolves once `count` typed characters have reached the input and a frame has been painted since. */
  typedAndPainted(count: number): Promise<void>;
  results(): PageMeasurements;
}

declare global {
  interface Window {
    bench?: BenchApi;
  }
}
