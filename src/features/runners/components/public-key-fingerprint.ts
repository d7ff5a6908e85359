import { useEffect, useState } from "react";

/** SHA-256 of a public key as lowercase hex (what `sha256sum` prints for the raw key bytes). */
export async function publicKeyFingerprint(key: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new Uint8Array(key));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The fingerprint of `key`, "" while it is computed or when there is no key. */
export function usePublicKeyFingerprint(key: Uint8Array | undefined): string {
  const [computed, setComputed] = useState<{ key: Uint8Array; hex: string } | null>(null);
  useEffect(() => {
    if (!key || key.length === 0) return;
    let current = true;
    void publicKeyFingerprint(key).then((hex) => {
      if (current) setComputed({ key, hex });
    });
    return () => {
      current = false;
    };
  }, [key]);
  return computed && key && computed.key === key ? computed.hex : "";
}
