import { useMessages } from '../../i18n/use-locale.ts';
import { briefingMessages } from './messages.ts';

/** A CSS string literal: the words come from our catalogs, but quotes must still be escaped. */
function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * The printed page's footer in the chosen language. Page margin boxes take their words from
 * CSS only, and a stylesheet cannot read the interface language, so the page writes this rule.
 */
export function PrintFooter() {
  const m = useMessages(briefingMessages);
  const rule = `@page {
  @bottom-center { content: ${cssString(`${m.page} `)} counter(page) ${cssString(` ${m.pageOf} `)} counter(pages); }
  @bottom-left { content: ${cssString(m.footer)}; }
}`;
  return <style>{rule}</style>;
}
