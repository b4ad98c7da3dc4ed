/**
 * What every page says about the story: its name and how many outlets it compares, from the
 * editor's story file and from the articles, never from a template. With a sixth article the
 * site says "Six outlets, one decision" without a page being edited.
 */
import type { Story } from '../../schema/index.ts';

export interface StoryView {
  /** The site's name, with the number filled in ("Five outlets, one decision"). */
  siteName: string;
  /** Short name ("the ATACMS decision"). */
  name: string;
  /** What happened, as a sentence: the front page's first line. */
  event: string;
  /** What happened, as a noun phrase. */
  summary: string;
  /** How many outlets (articles) the site compares. */
  outlets: number;
  /** That number as a reader reads it in prose: "five", "six", … "13". */
  count: string;
  /** The same, capitalised at the start of a sentence: "Five". */
  Count: string;
  /** "five outlets" ("one outlet"). */
  nOutlets: string;
  /** "five reports" ("one report"). */
  nReports: string;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A count in words up to twelve, in figures above (newsroom style). */
export const countWord = (n: number) => WORDS[n] ?? n.toLocaleString('en-GB');

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function storyView(story: Story, outlets: number): StoryView {
  const count = countWord(outlets);
  const Count = capitalise(count);
  return {
    siteName: story.siteName.replaceAll('{count}', count).replaceAll('{Count}', Count),
    name: story.name,
    event: story.event,
    summary: story.summary,
    outlets,
    count,
    Count,
    nOutlets: `${count} ${outlets === 1 ? 'outlet' : 'outlets'}`,
    nReports: `${count} ${outlets === 1 ? 'report' : 'reports'}`,
  };
}
