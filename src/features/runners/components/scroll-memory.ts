// Scroll offsets of virtualised lists, kept in memory for the tab's life so the back button lands where the user
// was. Only offsets, keyed by the list's filters — nothing sensitive.
const offsets = new Map<string, number>();

export function rememberedOffset(key: string): number {
  return offsets.get(key) ?? 0;
}

export function rememberOffset(key: string, offset: number) {
  offsets.set(key, offset);
}
