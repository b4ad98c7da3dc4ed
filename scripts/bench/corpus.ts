/**
 * Generated corpora for the benchmark: N article files + a valid sources.yaml, made from the
 * five real articles by mixing paragraphs between texts and varying numbers and person names,
 * with a fixed seed (the same corpus on every run and every machine).
 *
 * The corpus only has to look like news copy to the parser and the aligner: paragraphs keep the
 * line-wrapping style of the text they came from (so hard-wrapped paragraphs stay hard-wrapped),
 * quotes stay inside their paragraph, and names are replaced consistently within one article.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { rng, type Rng } from './rng.ts';

export interface SourceText {
  slug: string;
  outlet: string;
  headline: string | null;
  text: string;
}

/** Read the five real articles (content/articles/) with their metadata. */
export function readSources(articlesDir: string): SourceText[] {
  const metas = parse(readFileSync(join(articlesDir, 'sources.yaml'), 'utf8')) as {
    slug: string;
    file: string;
    outlet: string;
    headline: string | null;
  }[];
  return metas.map((m) => ({
    slug: m.slug,
    outlet: m.outlet,
    headline: m.headline,
    text: readFileSync(join(articlesDir, m.file), 'utf8'),
  }));
}

/** A line that ends a paragraph: terminal punctuation, a closing quote or bracket. */
const PARAGRAPH_END = /[.!?…:”"’)\]]\s*$/u;

/**
 * Split a text into its headline (when the metadata says it has one) and paragraphs. Hard-wrapped
 * paragraphs (one line per ~70 characters) are grouped until a line ends a sentence.
 */
export function paragraphs(source: SourceText): { headline: string | null; paragraphs: string[] } {
  let lines = source.text.replace(/^\uFEFF/, '').split('\n');
  let headline: string | null = null;
  if (source.headline && lines[0]?.trim() === source.headline.trim()) {
    headline = lines[0]!.trim();
    lines = lines.slice(1);
  }
  const out: string[] = [];
  let current: string[] = [];
  lines = lines.filter((l) => l.trim() !== '');
  for (const [i, line] of lines.entries()) {
    current.push(line.replace(/\s+$/, ''));
    // "… without affecting U.S.\nreadiness." is one paragraph: a lowercase next line continues it.
    if (PARAGRAPH_END.test(line) && !/^\s*\p{Ll}/u.test(lines[i + 1] ?? 'X')) {
      out.push(current.join('\n'));
      current = [];
    }
  }
  if (current.length) out.push(current.join('\n'));
  return { headline, paragraphs: out };
}

// Common given names (a generic gazetteer, not taken from any one article): a capitalised word after
// one of these is treated as a surname and may be replaced by an invented one.
const GIVEN = (
  'Joe Joseph Donald Volodymyr Vladimir Andriy Andrii Michael Bill William Alex Alexander Radoslaw Henry ' +
  'Anastasia Matt Michelle John Jake Lloyd Antony Anthony Dmitry Dmitri Sergei Sergey Keir Emmanuel Olaf ' +
  'Kamala Mike Mark Jens Boris Rishi David James Robert Richard Thomas Charles Daniel Paul Steven Kevin ' +
  'Brian George Edward Peter Andrew Olena Olga Maria Anna Elena Ursula Annalena Marco Pierre Jean Karl ' +
  'Ivan Oleksandr Oleksiy Mykhailo Kirill Dmytro Rustem Yulia Iryna Tetiana Sarah Laura Emily Jennifer ' +
  'Linda Susan Karen Nancy Lisa Siobhán Nicolas Giorgia Viktor Recep António Antonio Ben Sam Tom Chris'
).split(' ');
const NEW_GIVEN = 'Olena Marcus Ingrid Tomasz Priya Daniela Sofia Kenji Amara Lukas Irene Pavel Grace Mateo Hanna Yusuf Noor Elias Maren Teodor'.split(' ');
const NEW_SURNAME = (
  'Marchenko Halvorsen Okafor Lindqvist Moreau Tanaka Kowalczyk Brennan Haddad Novak Castellanos Petrenko ' +
  'Whitfield Adeyemi Sorensen Vasquez Kaminski Delacroix Ferreira Ivanchuk Nakamura Gallagher Rossetti ' +
  'Schultheiss Ambrose Kovalenko Oduya Lindgren Baptiste Hollis Szabo Quintero Varga Abernathy Mirza'
).split(' ');

const NAME_RE = new RegExp(`(?<![\\p{L}])(${GIVEN.join('|')})\\s+(\\p{Lu}[\\p{Ll}’'-]+)(?![\\p{L}])`, 'gu');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replace some people consistently across one article: "Given Surname" and later bare "Surname". */
export function varyNames(text: string, r: Rng, p = 0.5): string {
  const map = new Map<string, { given: string; surname: string }>();
  for (const m of text.matchAll(NAME_RE)) {
    const surname = m[2]!;
    if (map.has(surname) || !r.chance(p)) {
      if (!map.has(surname)) map.set(surname, { given: '', surname });
      continue;
    }
    map.set(surname, { given: r.pick(NEW_GIVEN), surname: r.pick(NEW_SURNAME) });
  }
  let out = text;
  for (const [old, repl] of map) {
    if (!repl.given) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}])(${GIVEN.join('|')})(\\s+)${escape(old)}(?![\\p{L}])`, 'gu'), `${repl.given}$2${repl.surname}`);
    out = out.replace(new RegExp(`(?<![\\p{L}])${escape(old)}(?![\\p{L}])`, 'gu'), repl.surname);
  }
  return out;
}

const MONTH = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$/;
const MONTH_AFTER = /^\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)/;
const NUMBER_RE = /(?<![\p{L}\d.,-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])/gu;

/** Scale some numbers by 0.5–2×, keeping their format (commas, decimals, roundness). Years and dates stay. */
export function varyNumbers(text: string, r: Rng, p = 0.7): string {
  return text.replace(NUMBER_RE, (m: string, offset: number) => {
    const before = text.slice(Math.max(0, offset - 12), offset);
    const after = text.slice(offset + m.length, offset + m.length + 12);
    const plain = m.replace(/,/g, '');
    const value = Number(plain);
    if (/^(?:19|20)\d\d$/.test(m)) return m; // a year
    if (value <= 31 && (MONTH.test(before) || MONTH_AFTER.test(after))) return m; // a date
    if (/^(?:st|nd|rd|th)\b/.test(after)) return m; // an ordinal
    if (!r.chance(p)) return m;
    const decimals = plain.includes('.') ? plain.split('.')[1]!.length : 0;
    const intPart = plain.split('.')[0]!;
    const trailingZeros = decimals ? 0 : (intPart.match(/0+$/)?.[0].length ?? 0);
    let v = value * (0.5 + r.next() * 1.5);
    if (decimals) v = Number(v.toFixed(decimals));
    else {
      const unit = 10 ** Math.min(trailingZeros, Math.max(0, String(Math.round(v)).length - 1));
      v = Math.max(unit, Math.round(v / unit) * unit);
    }
    let s = decimals ? v.toFixed(decimals) : String(v);
    if (m.includes(',')) s = s.replace(/^\d+/, (d) => Number(d).toLocaleString('en-US'));
    return s;
  });
}

export interface GeneratedArticle {
  slug: string;
  file: string;
  outlet: string;
  headline: string | null;
  text: string;
}

/** N articles: each starts from one of the five (round robin), keeps about half its paragraphs and takes the rest from the others. */
export function generate(sources: SourceText[], n: number, seed: number): GeneratedArticle[] {
  const r = rng(seed);
  const split = sources.map(paragraphs);
  const pool = split.flatMap((s) => s.paragraphs);
  const width = String(n).length;
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < n; i++) {
    const b = i % sources.length;
    const base = split[b]!;
    const length = Math.max(4, base.paragraphs.length + r.int(-3, 3));
    const body: string[] = [];
    for (let k = 0; k < length; k++) {
      const own = base.paragraphs[k];
      body.push(own !== undefined && r.chance(0.55) ? own : r.pick(pool));
    }
    // A few neighbouring swaps so the order is not always the base's.
    for (let k = 0; k < length / 4; k++) {
      const j = r.int(0, length - 2);
      [body[j], body[j + 1]] = [body[j + 1]!, body[j]!];
    }
    const headline = base.headline ? varyNumbers(base.headline, r) : null;
    let text = [headline, ...body].filter((x) => x !== null).join('\n');
    text = varyNumbers(varyNames(text, r), r);
    const finalHeadline = headline === null ? null : text.split('\n')[0]!;
    const slug = `gen-${String(i + 1).padStart(width, '0')}`;
    out.push({ slug, file: `${slug}.txt`, outlet: `${sources[b]!.outlet} (generated ${i + 1})`, headline: finalHeadline, text });
  }
  return out;
}

/** Write a corpus as a valid input folder for scripts/build-content.ts (article files + sources.yaml). */
export function writeCorpus(dir: string, articles: GeneratedArticle[], seed: number): { bytes: number; sha256: string } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const hash = createHash('sha256');
  let bytes = 0;
  for (const a of articles) {
    writeFileSync(join(dir, a.file), a.text);
    hash.update(a.text);
    bytes += Buffer.byteLength(a.text);
  }
  const metas = articles.map((a, i) => ({
    slug: a.slug,
    file: a.file,
    outlet: a.outlet,
    outletKnown: false,
    headline: a.headline,
    headlineNote: null,
    date: i % 3 === 0 ? '2024-11-18' : '2024-11-17',
    dateNote: null,
    url: `https://example.org/bench/${a.slug}`,
    identification: {
      evidence: `Generated by scripts/bench/corpus.ts (seed ${seed}) from the five real articles; not a real article.`,
      confidence: 'unknown',
    },
    originalFile: null,
  }));
  writeFileSync(join(dir, 'sources.yaml'), `# Generated benchmark corpus (seed ${seed}, ${articles.length} articles). Do not edit.\n${stringify(metas, { lineWidth: 0 })}`);
  return { bytes, sha256: hash.digest('hex') };
}

/** Generate and write a corpus of n articles into <corpusRoot>/<n>/; returns its folder. */
export function makeCorpus(realArticlesDir: string, corpusRoot: string, n: number, seed: number) {
  const dir = join(corpusRoot, String(n));
  const articles = generate(readSources(realArticlesDir), n, seed);
  const { bytes, sha256 } = writeCorpus(dir, articles, seed);
  return { dir, n, bytes, sha256 };
}
