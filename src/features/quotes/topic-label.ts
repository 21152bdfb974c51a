import { vocabulary } from '../../domain/messages.ts';
import type { Locale } from '../../i18n/locale.ts';

/** A topic id in words: `customer-experience` → "customer experience", « expérience client ». */
export function topicLabel(topic: string, locale: Locale): string {
  return vocabulary[locale].topic(topic);
}
