/**
 * The console's clock. With CONSOLE_NOW the clock starts at that instant and runs on from there (so heartbeats
 * still move status.updatedAt), which keeps demo data and screenshots reproducible.
 */
export function createClock(start: Date | undefined): () => Date {
  if (!start) return () => new Date();
  const startedAt = performance.now();
  return () => new Date(start.getTime() + Math.floor(performance.now() - startedAt));
}
