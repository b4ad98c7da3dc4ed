/**
 * One colour per outlet, used everywhere the outlet appears: the class `o<N>` (N = source
 * order modulo the palette size) sets `--outlet`; the colours live in src/styles/global.css,
 * so no inline style is needed (the Content Security Policy forbids them).
 */
export const PALETTE_SIZE = 8;

export function outletClass(order: number): string {
  return `o${((order % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE}`;
}
