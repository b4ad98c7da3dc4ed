/** Every internal address in one place, so permalinks are built the same way everywhere. */
import { sentenceAnchor } from './marks.ts';

export const claimUrl = (id: string) => `/claims/${id}/`;
export const sourceUrl = (id: string) => `/sources/${id}/`;
export const sentenceUrl = (source: string, index: number) => `/sources/${source}/#${sentenceAnchor(index)}`;
export const personUrl = (id: string) => `/people/${id}/`;
export const compareUrl = (a: string, b: string) => `/compare/${a}/${b}/`;
export const quoteUrl = (id: string) => `/quotes/#${id}`;
export const measureUrl = (id: string) => `/figures/#${id}`;
export const topicAnchor = (topic: string) => `topic-${topic}`;
