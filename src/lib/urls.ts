/** Every internal address in one place, so permalinks are built the same way everywhere. */
import { sentenceAnchor } from './marks.ts';

export const claimUrl = (id: string) => `/claims/${id}/`;
export const sourceUrl = (id: string) => `/sources/${id}/`;
export const sentenceUrl = (source: string, index: number) => `/sources/${source}/#${sentenceAnchor(index)}`;
export const personUrl = (id: string) => `/people/${id}/`;
export const compareUrl = (a: string, b: string) => `/compare/${a}/${b}/`;
export const quoteUrl = (id: string) => `/quotes/#${id}`;
/** Measure ids come from data and may start with a digit; anchors must start with a letter. */
export const measureAnchor = (id: string) => `m-${id}`;
export const measureUrl = (id: string) => `/figures/#${measureAnchor(id)}`;
export const topicAnchor = (topic: string) => `topic-${topic}`;
