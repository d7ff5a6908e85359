/**
 * The first Intl formatter a page builds loads the browser's locale data: 15–30 ms on a fast machine, several times
 * that on a phone, in whichever render needs it first (the runners list's counts and relative times). Built while
 * the main thread is idle, e.g. while the first page's data is on its way, it costs that render nothing.
 */
export function warmLocaleDataWhenIdle(): void {
  const warm = () => {
    new Intl.NumberFormat("en-US").format(0);
    new Intl.RelativeTimeFormat(undefined, { numeric: "auto" }).format(-1, "minute");
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(warm, { timeout: 2000 });
  else setTimeout(warm, 0);
}
