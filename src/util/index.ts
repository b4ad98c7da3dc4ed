/**
 * Small, domain-free helpers (data structures, string plumbing) shared by any layer.
 * May import: nothing from src/ (only the standard library), so every layer can import it.
 */
export { unionFind, type UnionFind } from './union-find.ts';
export { escapeRegExp } from './regexp.ts';
export { argmax } from './argmax.ts';
export { averageLink } from './average-link.ts';
export { memoString } from './memo.ts';
