// What the forms benchmark page exposes on `window.bench`, for scripts/bench-forms.ts to drive through Playwright.
export type Variant = "schema" | "plain";

export interface PageMeasurements {
  /** Render + commit of the form (React's synchronous work), ms; the rest of the mount is style, layout, paint. */
  renderMs: number;
  /** Keydown → next paint for each typed character, ms. */
  keystrokes: number[];
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
  /** Focuses the string input in the middle of the form; returns its label. */
  focusTarget(): string;
  /** How many keystrokes have been measured so far. */
  measured(): number;
  results(): PageMeasurements;
}

declare global {
  interface Window {
    bench?: BenchApi;
  }
}
