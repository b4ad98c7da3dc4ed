/**
 * Figures: every quantity in digits or words, with unit, normalised value, qualifier and what it
 * measures. Dates, years, URLs and numbers inside names (F-16, G20, A320) are not figures.
 */
import type { ExtractedFigure, Sentence } from '../schema/index.ts';
import { findDates } from './dates.ts';
import { digitValue, NUMBER_WORD_RE, SCALES, wordValue } from './numbers.ts';
import { CURRENCY, lookupUnit, UNIT_WORDS } from './units.ts';
import { inSpans, urlSpans, type Span } from './text.ts';

const NUM_RE = new RegExp(
  [
    // digits, with currency, decimal, suffix scale (1.3mn), ordinal (1,000th), attached unit (170mm), percent
    `(?<cur>[$€£¥₴₽])?(?<dig>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<suf>st|nd|rd|th|mn|bn|tn|k|mm|cm|km|kg|m|%)?(?![\\p{L}\\d])`,
    `(?<vague>\\b(?:(?:tens|hundreds) of (?:thousands|millions|billions)|dozens|scores|hundreds|thousands|millions|billions)\\b)(?=\\s+of\\b)`,
    `(?<word>\\b${NUMBER_WORD_RE}\\b)`,
  ].join('|'),
  'giu',
);

const QUALIFIER =
  /\b(about|around|roughly|approximately|nearly|almost|some|up to|more than|over|at least|at most|fewer than|less than|an estimated|estimated|as many as|as much as|as few as|close to|upwards of|just over|just under|under|only|a maximum of|a total of|a minimum of)\s+$/i;

const STOP = new Set(
  (
    'of to in on at for with from by into onto over under about against between among through during since until after before ' +
    'than as and or but nor that which who whom whose where when while if because is are was were be been being has have had do ' +
    'does did will would can could may might must shall should its their his her our your my this these those the a an some any ' +
    'each every per more less most least also only just not no very so such there here it they them he she we you i said says ' +
    'told say familiar close aware involved able ready likely due based according ago earlier later'
  ).split(' '),
);

const MEASURE_NOUNS = /\b(range|reach|distance|area|territory|calibre|caliber|length|depth|height|width|speed|weight|payload|radius)\b/i;

function nounPhrase(s: string, from: number): { end: number; words: string[] } {
  const re = /^([ \t\r\n]+)([\p{L}\d][\p{L}\d’'.\-]*)/u;
  let pos = from;
  const words: string[] = [];
  let end = from;
  for (let i = 0; i < 7; i++) {
    const m = re.exec(s.slice(pos));
    if (!m) break;
    let w = m[2]!; // group 2 is not optional
    let stopAfter = false;
    if (w.endsWith('.') && !/^(?:[A-Za-z]\.)+$/.test(w)) {
      w = w.slice(0, -1);
      stopAfter = true;
    }
    if (/[’']s$/.test(w)) break; // possessive: a new phrase begins
    if (STOP.has(w.toLowerCase()) || !/\p{L}/u.test(w)) break;
    if (/^\d/.test(w) && !/^\d+(?:mm|cm|km|kg)$/.test(w)) break;
    // a past-tense verb after the noun ("4,500 protesters gathered.", "troops stationed in …")
    if (words.length && /[a-z]ed$/.test(w) && !stopAfter) {
      const next = /^[ \t\r\n]+([\p{L}]+)/u.exec(s.slice(pos + m[0].length));
      if (!next || STOP.has(next[1]!.toLowerCase())) break;
    }
    if (words.length && /[a-z]ed$/.test(w) && stopAfter) break;
    words.push(w);
    end = pos + m[1]!.length + w.length;
    pos = end;
    if (stopAfter) break;
  }
  while (/ly$/.test(words.at(-1) ?? '')) {
    words.pop();
  }
  if (words.length === 0) return { end: from, words };
  // recompute end for the kept words
  let e = from;
  let p = from;
  for (const w of words) {
    const idx = s.indexOf(w, p);
    e = idx + w.length;
    p = e;
  }
  return { end: e, words };
}

function overlaps(spans: readonly Span[], a: number, b: number): boolean {
  return spans.some((s) => a < s.end && b > s.start);
}

export function extractFigures(text: string, sentences: readonly Sentence[], quotes: readonly Span[]): { figures: ExtractedFigure[]; dates: (Span & { sentence: number })[] } {
  const figures: ExtractedFigure[] = [];
  const dates: (Span & { sentence: number })[] = [];
  for (const s of sentences) {
    const st = s.text;
    const ds = findDates(st);
    for (const d of ds) dates.push({ start: s.start + d.start, end: s.start + d.end, sentence: s.index });
    const urls = urlSpans(st);
    NUM_RE.lastIndex = 0;
    for (let m = NUM_RE.exec(st); m; m = NUM_RE.exec(st)) {
      const g = m.groups ?? {};
      const start = m.index;
      let end = m.index + m[0].length;
      if (overlaps(ds, start, end) || inSpans(urls, start)) continue;
      const before = st.slice(Math.max(0, start - 40), start);
      let value: number | null = null;
      let unitInfo = null as ReturnType<typeof lookupUnit>;
      let category: ExtractedFigure['category'] = 'count';
      let unit: string | null = null;
      if (g.dig !== undefined) {
        // part of a name or code: F-16, G20, A320, Su-34, x9Qa2, 3.5.1
        if (/[\p{L}\d_]$/u.test(before) || /[\p{L}]-$/u.test(before) || /\d[.,]$/.test(before) || /[./]$/.test(before)) continue;
        if (/^[.-]\d/.test(st.slice(end))) continue;
        value = digitValue(g.dig);
        const suf = (g.suf ?? '').toLowerCase();
        const sufScale = Object.hasOwn(SCALES, suf) ? SCALES[suf] : undefined;
        if (suf === 'st' || suf === 'nd' || suf === 'rd' || suf === 'th') category = 'ordinal';
        else if (sufScale !== undefined && value !== null) value *= sufScale;
        else if (suf) unitInfo = lookupUnit(suf);
        if (g.cur) {
          category = 'money';
          unit = CURRENCY[g.cur] ?? null; // CURRENCY covers every symbol in NUM_RE's <cur>
        }
        // time of day: 10:30, 3 p.m.
        if (/^:\d/.test(st.slice(end)) || /^\s*[ap]\.?m\b/i.test(st.slice(end))) continue;
      } else if (g.vague !== undefined) {
        category = 'vague_count';
      } else if (g.word !== undefined) {
        const w = g.word.toLowerCase();
        value = wordValue(w);
        if (value === null) continue;
        // "one" is a determiner unless it counts a unit ("one year")
        if (value === 1 && !new RegExp(`^[\\s-]+(?:${UNIT_WORDS})\\b`, 'i').test(st.slice(end))) continue;
        if (/^\s+of\b/i.test(st.slice(end)) && !/^\s+of\s+(?:the|them|those|these|us)\b/i.test(st.slice(end))) {
          // "two of …" is still a count; keep
        }
      }
      // scale word: "1.2 billion", "three million"
      const scale = /^\s+(hundred|thousand|million|billion|trillion)\b/i.exec(st.slice(end));
      const scaleFactor = scale ? SCALES[scale[1]!.toLowerCase()] : undefined;
      if (scale && scaleFactor !== undefined && g.dig !== undefined && value !== null) {
        value *= scaleFactor;
        end += scale[0].length;
      }
      // unit after the number ("300 kilometres", "three-year", "90 percent")
      if (!unitInfo && category !== 'ordinal') {
        const u = new RegExp(`^(\\s*-?\\s*|-)(${UNIT_WORDS})(?![\\p{L}])`, 'iu').exec(st.slice(end));
        // groups 1 and 2 are not optional
        if (u && !(u[2]!.toLowerCase() === 'm' && /\s/.test(u[1]!))) {
          unitInfo = lookupUnit(u[2]!);
          if (unitInfo) end += u[0].length;
        }
      }
      let measures: string | null = null;
      let normalized = { value: value as number | null, unit: null as string | null };
      if (unitInfo) {
        if (category !== 'vague_count') category = unitInfo.category;
        unit = unitInfo.unit;
        normalized = { value: value === null ? null : round(value * unitInfo.factor), unit: unitInfo.to };
        if (unitInfo.category === 'money' && g.cur) normalized.unit = CURRENCY[g.cur] ?? null;
        const np = nounPhrase(st, end);
        const ofNp = /^\s+of\b/.test(st.slice(end)) ? nounPhrase(st, end + /^\s+of/.exec(st.slice(end))![0].length) : null;
        const mn = MEASURE_NOUNS.exec(st.slice(Math.max(0, start - 60), start));
        if (mn && unitInfo.category === 'measure') {
          const owner = /\b([A-Z][A-Z0-9-]{2,})\b(?![\s\S]*\b[A-Z][A-Z0-9-]{2,}\b)/.exec(st.slice(0, start));
          const noun = mn[1]!.toLowerCase(); // group 1 is not optional
          measures = owner ? `${owner[1]} ${noun}` : noun;
        } else if (np.words.length) {
          measures = np.words.join(' ');
          if (unitInfo.category === 'duration') end = np.end;
        } else if (ofNp && ofNp.words.length) measures = ofNp.words.join(' ');
      } else if (category === 'vague_count') {
        const of = /^\s+of/.exec(st.slice(end))!;
        const np = nounPhrase(st, end + of[0].length);
        const head = np.words.at(-1);
        if (head !== undefined) {
          end = np.end;
          measures = np.words.join(' ');
          const u = lookupUnit(head);
          unit = u ? u.unit : head;
        }
        normalized = { value: null, unit };
      } else {
        const np = nounPhrase(st, end);
        const head = np.words.at(-1);
        if (head !== undefined) {
          end = np.end;
          measures = np.words.join(' ');
          if (!unit) unit = head;
        }
        normalized = { value, unit };
      }
      if (measures) {
        const loc = /^\s+(?:in|to|into)\s+(?:the\s+)?([A-Z][\p{L}-]+(?:\s+region)?)/u.exec(st.slice(end));
        if (loc && category !== 'duration') measures += ` in ${loc[1]}`;
      }
      const q = QUALIFIER.exec(before);
      const absStart = s.start + start;
      const absEnd = s.start + end;
      figures.push({
        text: text.slice(absStart, absEnd),
        start: absStart,
        end: absEnd,
        value,
        unit,
        normalized,
        qualifier: q ? q[1]!.toLowerCase() : null, // group 1 is not optional
        measures: measures ? measures.replace(/\s+/g, ' ') : null,
        category,
        inQuote: quotes.some((x) => absStart >= x.start && absStart < x.end),
        sentence: s.index,
      });
      NUM_RE.lastIndex = Math.max(NUM_RE.lastIndex, m.index + m[0].length);
    }
  }
  return { figures, dates };
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
