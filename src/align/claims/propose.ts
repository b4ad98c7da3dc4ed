/**
 * Cross-outlet passages no claim covers, proposed as new claims for the build report. Sentences
 * that got no claim are compared with the free sentences of other outlets through an inverted
 * index over their rarer terms (blocking, so no all-pairs); pairs whose tf-idf cosine reaches
 * `minSimilarity` are linked, and each connected group spanning two or more outlets is one proposal.
 */
import { unionFind } from '../../util/union-find.ts';
import { cmp } from '../text.ts';
import { norm, terms } from './terms.ts';
import type { Assignment } from './index.ts';
import type { SentenceRef, Vec } from './types.ts';

export const PROPOSE = {
  /** Sentences shorter than this (in words) are not proposed. */
  minWords: 6,
  /** Cosine (tf-idf, words and word pairs) two free sentences of different outlets must reach. */
  minSimilarity: 0.3,
  /** Blocking: only terms in at most this many free sentences link candidates. */
  maxPosting: 8,
  /**
   * Weight of a word pair relative to a single word. Higher than the assigner's bigramWeight (1):
   * two outlets sharing a phrase, not just its words, is what makes a passage worth proposing.
   */
  bigramWeight: 1.5,
};

export interface Proposal {
  /** Each member as "source: sentence text", in outlet order. */
  text: string;
  sources: string[];
}

/** Unit tf-idf vectors (idf over all sentences) of the sentences given no claim and long enough. */
function freeVectors(a: Assignment, p: typeof PROPOSE): { free: SentenceRef[]; vecs: Vec[] } {
  const df = new Map<string, number>();
  const allTerms = a.sentences.map((s) => terms(s.text));
  for (const ts of allTerms) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = a.sentences.length || 1;
  const idx = a.sentences
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => !a.chosen.has(s.id) && s.text.trim().split(/\s+/).length >= p.minWords);
  const vecs = idx.map(({ i }) => {
    const v: Vec = new Map();
    for (const t of allTerms[i]!) v.set(t, (t.includes('_') ? p.bigramWeight : 1) * Math.log(1 + n / (df.get(t) ?? 1)));
    const nv = norm(v);
    for (const [t, w] of v) v.set(t, w / nv);
    return v;
  });
  return { free: idx.map(({ s }) => s), vecs };
}

/** Groups of free sentences (indexes into `free`) linked by cosine ≥ minSimilarity across outlets. */
function linkFree(free: SentenceRef[], vecs: Vec[], p: typeof PROPOSE): Map<number, number[]> {
  const fdf = new Map<string, number>();
  for (const v of vecs) for (const t of v.keys()) fdf.set(t, (fdf.get(t) ?? 0) + 1);
  const postings = new Map<string, number[]>();
  vecs.forEach((v, k) => {
    for (const t of v.keys()) {
      if ((fdf.get(t) ?? 0) > p.maxPosting) continue;
      let l = postings.get(t);
      if (!l) postings.set(t, (l = []));
      l.push(k);
    }
  });
  const sets = unionFind(free.length);
  vecs.forEach((v, k) => {
    const cand = new Set<number>();
    for (const t of v.keys()) for (const j of postings.get(t) ?? []) if (j > k && free[j]!.source !== free[k]!.source) cand.add(j);
    for (const j of cand) {
      let dot = 0;
      const u = vecs[j]!;
      for (const [t, w] of v) dot += w * (u.get(t) ?? 0);
      if (dot >= p.minSimilarity) sets.union(k, j);
    }
  });
  const groups = new Map<number, number[]>();
  free.forEach((_, k) => {
    const r = sets.find(k);
    groups.set(r, [...(groups.get(r) ?? []), k]);
  });
  return groups;
}

export function proposeClaims(a: Assignment, order: string[], params: Partial<typeof PROPOSE> = {}): Proposal[] {
  const p = { ...PROPOSE, ...params };
  const { free, vecs } = freeVectors(a, p);
  const rank = (s: string) => order.indexOf(s);
  const out: Proposal[] = [];
  for (const members of linkFree(free, vecs, p).values()) {
    const refs = members.map((k) => free[k]!).sort((x, y) => rank(x.source) - rank(y.source) || x.sentence - y.sentence);
    const sources = [...new Set(refs.map((r) => r.source))];
    if (sources.length < 2) continue;
    out.push({ text: refs.map((r) => `${r.source}: ${r.text.replace(/\s+/g, ' ')}`).join(' | '), sources });
  }
  return out.sort((x, y) => cmp(x.text, y.text));
}
