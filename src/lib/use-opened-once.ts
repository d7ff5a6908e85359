import { useState } from "react";

/**
 * True from the first time `open` is true. A dialog loaded with React.lazy is mounted from then on (not only while
 * open), so it closes as any dialog does: with its state kept and focus returned to its opener.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
