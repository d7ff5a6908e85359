// The library entry (`npm run build:lib` → dist/lib/runner-console.js). React and react-dom are peers.
export { mountRunnerConsole, type MountedConsole } from "./mount";
export { RunnerConsole, type RunnerConsoleProps } from "./runner-console";
export { attachConsoleFrame, type ConsoleFrameOptions, type AttachedFrame } from "./frame-host";
export type { RunnerConsoleOptions, ThemeMode, ThemeVariables } from "./options";
export type { ConsoleSection } from "../app/embedding";
