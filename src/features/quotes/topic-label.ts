import type { Locale } from '../../i18n/locale.ts';
import { quotesMessages } from './messages.ts';

/** A topic id in words: `customer-experience` → "customer experience", « expérience client ». */
export function topicLabel(topic: string, locale: Locale): string {
  return quotesMessages[locale].topic(topic);
}
