import type { RunnerKind, RunnerProvider } from "../../gen/gitpod/v1/runner_configuration_pb";
import type { Runner } from "../../gen/gitpod/v1/runner_pb";
import { StringPool, summarizeRunner, type RunnerSummary } from "./runner-summary";

/** ListRunners' own filter: the index holds exactly the runners the server returns for it. */
export interface FleetServerFilter {
  kinds: readonly RunnerKind[];
  providers: readonly RunnerProvider[];
  creatorIds: readonly string[];
}

export interface RunnerPage {
  runners: readonly Runner[];
  /** Empty on the last page. */
  nextToken: string;
}

/** Fetches one page of ListRunners (pageSize 100, the API's maximum) after `token`. */
export type FetchRunnerPage = (token: string, signal: AbortSignal) => Promise<RunnerPage>;

export type FleetIndexState = "indexing" | "paused" | "cancelled" | "complete" | "error";

export interface FleetSnapshot {
  /** Every runner known so far, in the server's order; a new array whenever anything changed. */
  rows: readonly RunnerSummary[];
  state: FleetIndexState;
  /** `rows` hold one whole walk of the list (perhaps an older one while a refresh walks again). */
  complete: boolean;
  /** Runners read by the walk under way (or the last one). The API gives no total, so this is the progress. */
  indexed: number;
  /** A walk is under way while complete rows are shown. */
  refreshing: boolean;
  error: unknown;
  /** When the last complete walk finished (epoch ms), 0 before the first. */
  completedAtMs: number;
  /**
   * Changes whenever rows were replaced or removed rather than only appended: while it stays the same, a
   * snapshot's rows start with the previous snapshot's rows, so views can extend their results instead of redoing them.
   */
  generation: number;
}

interface Walk {
  rows: RunnerSummary[];
  token: string;
  /** Changes made by mutations while this walk runs, applied again when it finishes (page data may predate them). */
  touched: Map<string, RunnerSummary | null>;
}

/**
 * While walking, subscribers hear at most this often: each notification costs views a pass over every row, so
 * the pause grows with the index (400 ms up to 10,000 rows, 1 s at 25,000 and beyond).
 */
const notifyEveryMs = (rows: number) => Math.min(1000, Math.max(400, rows / 25));

export interface FleetIndexOptions {
  filter: FleetServerFilter;
  fetchPage: FetchRunnerPage;
  /** Milliseconds clock, replaceable in tests. */
  now?: () => number;
}

/**
 * The browser's copy of a runner list: walks ListRunners page by page in the background, keeps one compact
 * summary per runner, and is kept current by refreshes (a new walk, swapped in when it completes) and by the
 * console's own mutations (upsert/remove). Framework-free; useFleetIndex connects it to React.
 */
export class FleetIndex {
  readonly filter: FleetServerFilter;
  private readonly fetchPage: FetchRunnerPage;
  private readonly now: () => number;
  private readonly pool = new StringPool();
  private rows: RunnerSummary[] = [];
  private complete = false;
  private completedAtMs = 0;
  private walk: Walk | undefined;
  private controller: AbortController | undefined;
  private state: FleetIndexState = "paused";
  private error: unknown = undefined;
  private snapshot: FleetSnapshot | undefined;
  private readonly listeners = new Set<() => void>();
  private lastNotifyMs = 0;
  /** The rows changed since the last snapshot (a refresh walk alone does not change what is shown). */
  private rowsChanged = true;
  private generation = 0;
  private walkAgain = false;

  constructor(options: FleetIndexOptions) {
    this.filter = options.filter;
    this.fetchPage = options.fetchPage;
    this.now = options.now ?? Date.now;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): FleetSnapshot => (this.snapshot ??= this.buildSnapshot());

  get listenerCount(): number {
    return this.listeners.size;
  }

  get walking(): boolean {
    return this.controller !== undefined;
  }

  /** Starts the first walk, or continues a paused or cancelled one where it stopped. No-op while walking. */
  start(): void {
    if (this.controller) return;
    this.walk ??= this.newWalk();
    void this.run(this.walk);
  }

  /**
   * Walks the list again from the start; the current rows stay until the new walk completes. While a walk is
   * under way, another one follows it (pages it has read may predate the change that asked for the refresh).
   */
  refresh(): void {
    if (this.controller) {
      this.walkAgain = true;
      return;
    }
    if (!this.complete) return this.start();
    this.walk = this.newWalk();
    void this.run(this.walk);
  }

  /** Stops the walk; `start()` continues it from the same page. */
  cancel(): void {
    this.stop("cancelled");
  }

  /** Like cancel, but says nobody is looking (the walk continues when someone is). */
  pause(): void {
    this.stop("paused");
  }

  /** After a create or update: the runner's new summary replaces the old one (or is added when it matches the filter). */
  upsert(runner: Runner): void {
    const summary = summarizeRunner(runner, this.pool);
    if (!this.matches(summary)) return this.remove([summary.id]);
    replaceOrAppend(this.rows, summary);
    this.rowsChanged = true;
    this.generation++;
    if (this.walk) {
      this.walk.touched.set(summary.id, summary);
      if (this.walk.rows !== this.rows) replaceIfPresent(this.walk.rows, summary);
    }
    this.notify(true);
  }

  /** After a delete: the runners leave the index at once. */
  remove(ids: readonly string[]): void {
    const gone = new Set(ids);
    const firstWalk = this.walk?.rows === this.rows;
    this.rows = this.rows.filter((row) => !gone.has(row.id));
    this.rowsChanged = true;
    this.generation++;
    if (this.walk) {
      for (const id of ids) this.walk.touched.set(id, null);
      this.walk.rows = firstWalk ? this.rows : this.walk.rows.filter((row) => !gone.has(row.id));
    }
    this.notify(true);
  }

  private newWalk(): Walk {
    // The first walk fills the shown rows as it goes; later walks build a new list and swap it in at the end.
    return { rows: this.complete ? [] : this.rows, token: "", touched: new Map() };
  }

  private matches(summary: RunnerSummary): boolean {
    const { kinds, providers, creatorIds } = this.filter;
    return (
      (kinds.length === 0 || kinds.includes(summary.kind)) &&
      (providers.length === 0 || providers.includes(summary.provider)) &&
      (creatorIds.length === 0 || creatorIds.includes(summary.creatorId))
    );
  }

  private stop(state: "paused" | "cancelled"): void {
    this.walkAgain = false;
    if (!this.controller) {
      if (this.state !== "complete" && this.state !== "error") this.setState(state);
      return;
    }
    this.controller.abort();
    this.controller = undefined;
    this.setState(state);
  }

  private setState(state: FleetIndexState, error: unknown = undefined): void {
    this.state = state;
    this.error = error;
    this.notify(true);
  }

  private async run(walk: Walk): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    this.setState("indexing");
    try {
      do {
        const page = await this.fetchPage(walk.token, controller.signal);
        if (controller.signal.aborted) return;
        for (const runner of page.runners) {
          const touched = walk.touched.get(runner.runnerId);
          if (touched === null) continue;
          if (touched) replaceOrAppend(walk.rows, touched);
          else walk.rows.push(summarizeRunner(runner, this.pool));
        }
        if (walk.rows === this.rows) this.rowsChanged = true;
        walk.token = page.nextToken;
        this.notify(false);
      } while (walk.token !== "");
      this.finish(walk);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.controller = undefined;
      this.setState("error", error);
    }
  }

  private finish(walk: Walk): void {
    for (const [id, summary] of walk.touched) {
      if (summary === null) walk.rows = walk.rows.filter((row) => row.id !== id);
      else replaceOrAppend(walk.rows, summary);
    }
    if (walk.rows !== this.rows || walk.touched.size > 0) this.generation++;
    this.rows = walk.rows;
    this.rowsChanged = true;
    this.walk = undefined;
    this.controller = undefined;
    this.complete = true;
    this.completedAtMs = this.now();
    this.setState("complete");
    if (this.walkAgain) {
      this.walkAgain = false;
      this.refresh();
    }
  }

  private buildSnapshot(): FleetSnapshot {
    const walk = this.walk;
    const rows = this.rowsChanged || !this.snapshot ? this.rows.slice() : this.snapshot.rows;
    this.rowsChanged = false;
    return {
      rows,
      state: this.state,
      complete: this.complete,
      indexed: walk ? walk.rows.length : this.rows.length,
      refreshing: this.complete && this.controller !== undefined,
      error: this.error,
      completedAtMs: this.completedAtMs,
      generation: this.generation,
    };
  }

  private notify(always: boolean): void {
    const now = this.now();
    const shown = this.snapshot?.rows.length ?? 0;
    if (!always && now - this.lastNotifyMs < notifyEveryMs(shown) && shown > 0) return;
    this.lastNotifyMs = now;
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) listener();
  }
}

function replaceOrAppend(rows: RunnerSummary[], summary: RunnerSummary): void {
  const at = rows.findIndex((row) => row.id === summary.id);
  if (at >= 0) rows[at] = summary;
  else rows.push(summary);
}

function replaceIfPresent(rows: RunnerSummary[], summary: RunnerSummary): void {
  const at = rows.findIndex((row) => row.id === summary.id);
  if (at >= 0) rows[at] = summary;
}
