/** The site's small pure modules: text fragments, word diffs, Markdown sanitising, CSV, initials, key terms. */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { keyTermSpans, stems } from '../../src/lib/key-terms.ts';
import { renderMarkdown, splitTitle } from '../../src/lib/markdown.ts';
import { initials } from '../../src/lib/outlet-initials.ts';
import { encodeTerm, textDirective, textFragmentUrl } from '../../src/lib/text-fragment.ts';
import { sharedWordShare, wordDiff } from '../../src/lib/word-diff.ts';
import { inert } from '../../src/lib/attr.ts';

describe('text fragments', () => {
  it('percent-encodes the directive syntax characters', () => {
    expect(encodeTerm('long-range, 300 km & more')).toBe('long%2Drange%2C%20300%20km%20%26%20more');
  });
  it('uses the whole of a short passage, start and end words of a long one, without quotes or final punctuation', () => {
    expect(textDirective('“Rockets speak for themselves,”')).toBe('text=Rockets%20speak%20for%20themselves');
    const long = 'US President Joe Biden has authorised Ukraine to launch limited strikes into Russia using US-made long-range missiles.';
    expect(textDirective(long)).toBe('text=US%20President%20Joe%20Biden%20has,Russia%20using%20US%2Dmade%20long%2Drange%20missiles');
  });
  it('links only where the article address is known, replacing any fragment', () => {
    expect(textFragmentUrl(null, 'x')).toBeNull();
    expect(textFragmentUrl('https://example.com/a#top', 'The White House declined to comment.')).toBe(
      'https://example.com/a#:~:text=The%20White%20House%20declined%20to%20comment',
    );
  });
});

describe('word diff', () => {
  it('marks words only in one rendering', () => {
    const ops = wordDiff('the missiles will speak for themselves', 'rockets speak for themselves');
    expect(ops.filter((o) => o.op === 'delete').map((o) => o.text.trim())).toContain('the missiles will');
    expect(ops.filter((o) => o.op === 'insert').map((o) => o.text.trim())).toContain('rockets');
    expect(sharedWordShare(ops)).toBeCloseTo(3 / 6);
    expect(sharedWordShare(wordDiff('same words', 'same words'))).toBe(1);
  });
});

describe('Markdown', () => {
  it('renders Markdown and drops raw HTML, scripts and javascript: links', () => {
    const html = renderMarkdown('**Bold** <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });
  it('renders the tables editors write (GitHub-flavoured Markdown)', () => {
    const html = renderMarkdown('| step | precision |\n|---|---|\n| quotes | 1.00 |\n');
    expect(html).toMatch(/<table>[\s\S]*<th>step<\/th>[\s\S]*<td>1.00<\/td>/);
  });
  it('takes the first h1 as the page title', () => {
    expect(splitTitle('# Method\n\nText')).toEqual({ title: 'Method', body: '\n\nText' });
    expect(splitTitle('No title').title).toBeNull();
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks; nested values as JSON', () => {
    const csv = toCsv([{ id: 'a', text: 'He said, "no"\nthen left', tags: ['x', 'y'], n: null }]);
    expect(csv).toBe('id,text,tags,n\na,"He said, ""no""\nthen left","[""x"",""y""]",\n');
  });
});

describe('outlet initials and attribute text', () => {
  it('abbreviates outlets for the narrow matrix', () => {
    expect(initials({ outlet: 'Financial Times' })).toBe('FT');
    expect(initials({ outlet: 'The Washington Post' })).toBe('WP');
    expect(initials({ outlet: 'Defense Mirror (defensemirror.com)' })).toBe('DM');
    expect(initials({ outlet: 'Unidentified outlet' })).toBe('Uni.');
  });
  it('keeps angle brackets out of attribute values', () => {
    expect(inert('<script>x</script>')).toBe('‹script›x‹/script›');
  });
});

describe('key terms', () => {
  it('finds words whose stems are key, joining neighbours into one mark', () => {
    const text = 'He authorised long-range strikes today.';
    const keys = stems('authorised long range strike');
    const spans = keyTermSpans(text, 0, text.length, keys).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['authorised long-range strikes']);
  });
});
