import { useState } from "react";

/**
 * True from the first time `open` is true. A dialog loaded with React.lazy stays mounted after its first opening, so
 * closing it keeps its state and returns focus to its opener, as with any other dialog.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
