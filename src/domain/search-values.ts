import { z } from './zod-mini.ts';
import { ID_PATTERN, PROJECT_STATUSES, VOICES } from './record-vocabulary.ts';
import { expects } from './search-expectation.ts';

/**
 * The URL's search parameters, validated with zod/mini: the router reads them before the data
 * (and the full zod of the record schemas) has loaded, so they cost the first download little.
 * Each is optional and falls back to "not set" when malformed, with the expectation the link
 * notice words (see link-notices.ts).
 */
export function searchParam<T extends z.ZodMiniType>(schema: T, en: string, fr: string) {
  return z.catch(z.optional(schema), undefined).check(z.meta(expects(en, fr)));
}

/** A record id as records.ts checks it. */
export const SearchIdSchema = z.string().check(z.regex(ID_PATTERN));

export const SearchVoiceSchema = z.enum(VOICES);

export const SearchProjectStatusSchema = z.enum(PROJECT_STATUSES);
