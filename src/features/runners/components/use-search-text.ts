import { useEffect, useRef, useState } from "react";

/** The URL takes the typed search after this pause; the list itself follows every keystroke. */
const URL_DELAY_MS = 300;

/**
 * A search box whose text lives in the URL: typing updates the text at once and the URL after a pause; a URL
 * change from elsewhere (back button, "Clear filters") replaces the text.
 */
export function useSearchText(committed: string, commit: (text: string | undefined) => void): [string, (text: string) => void] {
  const [text, setText] = useState(committed);
  const [seen, setSeen] = useState(committed);
  if (committed !== seen) {
    setSeen(committed);
    setText(committed);
  }
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });
  useEffect(() => {
    if (text === committed) return;
    const timer = setTimeout(() => commitRef.current(text || undefined), URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, committed]);
  return [text, setText];
}
