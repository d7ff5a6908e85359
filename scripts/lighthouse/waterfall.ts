// Lighthouse's performance score comes from Lantern, which replays the page's requests and main-thread tasks under a
// simulated slow 4G and a 4× slower CPU. This prints that replay for LCP (each request and task with its simulated
// start and end), which the report does not show: it is where a long chain of requests, a large file starved of
// bandwidth by many small ones, or a long task becomes visible.
import { loadArtifacts } from "lighthouse/core/lib/asset-saver.js";
import { LanternLargestContentfulPaint } from "lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js";
import * as constants from "lighthouse/core/config/constants.js";

interface SimulatedNode {
  type: string;
  duration: number;
  request?: { url: string; transferSize: number };
}

export async function printLanternWaterfall(artifactsDir: string): Promise<void> {
  const artifacts = await loadArtifacts(artifactsDir);
  const settings = { ...constants.defaultSettings, formFactor: "mobile", throttlingMethod: "simulate", throttling: constants.throttling.mobileSlow4G };
  const data = {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    gatherContext: artifacts.GatherContext,
    settings,
    URL: artifacts.URL,
    simulator: null,
    SourceMaps: [],
  };
  // The computed-artifact API is internal to Lighthouse: typed loosely on purpose.
  const lcp = (await LanternLargestContentfulPaint.request(data as never, { computedCache: new Map(), settings } as never)) as unknown as {
    timing: number;
    pessimisticEstimate: { nodeTimings: Map<SimulatedNode, { startTime: number; endTime: number }> };
  };
  console.log(`  simulated LCP ${Math.round(lcp.timing)} ms; what it waited for (start → end, ms):`);
  const rows = [...lcp.pessimisticEstimate.nodeTimings].sort((a, b) => a[1].startTime - b[1].startTime);
  for (const [node, timing] of rows) {
    const what = node.request
      ? `${new URL(node.request.url).pathname} (${(node.request.transferSize / 1024).toFixed(1)} KB)`
      : `main thread, ${(node.duration / 1000).toFixed(0)} ms as measured`;
    console.log(`    ${String(Math.round(timing.startTime)).padStart(5)} → ${String(Math.round(timing.endTime)).padStart(5)}  ${what}`);
  }
}
