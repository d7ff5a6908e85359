// Test helper: collects a server's JSON log lines in memory (AppOptions.logStream).
import { Writable } from "node:stream";

export interface LogCapture {
  stream: Writable;
  text(): string;
  lines(): Array<Record<string, unknown>>;
}

export function captureLog(): LogCapture {
  let text = "";
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return {
    stream,
    text: () => text,
    lines: () =>
      text
        .split("\n")
        .filter(Boolean)
        .map((line): Record<string, unknown> => JSON.parse(line)),
  };
}
