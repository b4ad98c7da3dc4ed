/**
 * Hostile article texts for the scaling check (issue 16): one long paragraph of ordinary sentences
 * with many figures, long unbroken tokens (a base64 `data:` URI, a long URL) and many short
 * paragraphs, in fixed proportions, so that a text of 5 MB has five times each ingredient of a
 * text of 1 MB. Words are made up from a seeded generator; nothing is taken from an article.
 */
import { rng, type Rng } from './rng.ts';

const WORDS = 'officials said the plan would change little over the coming weeks while talks continued in the capital and allies waited for a decision on aid'.split(' ');
const UNITS = ['km', 'miles', 'troops', 'percent', 'missiles', 'people'];
const NAMES = ['Jane Roe', 'John Doe', 'Ana Lima', 'Omar Said'];

function sentence(r: Rng): string {
  const next = r.next;
  const pick = r.pick;
  const n = 6 + Math.floor(next() * 14);
  const words = Array.from({ length: n }, () => pick(WORDS));
  words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  const figure = `${Math.floor(next() * 90_000) + 10} ${pick(UNITS)}`;
  words.splice(Math.floor(n / 2), 0, 'about', figure, 'and', `$${(next() * 9).toFixed(1)} billion`);
  const s = words.join(' ') + '.';
  return next() < 0.2 ? `“${s}” ${pick(NAMES)} said (in a statement).` : s;
}

function token(r: Rng, length: number): string {
  const next = r.next;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let s = 'data:image/png;base64,';
  while (s.length < length) s += alphabet[Math.floor(next() * 64)];
  return s;
}

/** About `bytes` characters: half one paragraph, a fifth long tokens, the rest short paragraphs. */
export function hostileArticle(bytes: number, seed = 16): string {
  const r = rng(seed);
  const next = r.next;
  const out: string[] = ['Talks resume after weeks of delay\n\n'];
  let para = '';
  while (para.length < bytes * 0.5) para += sentence(r) + ' ';
  out.push(para.trimEnd(), '\n\n');
  let tokens = 0;
  while (tokens < bytes * 0.2) {
    const t = token(r, 20_000 + Math.floor(next() * 30_000));
    out.push(`The post showed ${t} before it was removed.\n\n`);
    tokens += t.length;
  }
  let rest = 0;
  while (rest < bytes * 0.3) {
    const p = `${sentence(r)} ${sentence(r)}\n\n`;
    out.push(p);
    rest += p.length;
  }
  return out.join('');
}
