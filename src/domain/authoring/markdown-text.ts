/**
 * The paragraphs of a Markdown text with its markup taken off: headings, list items and block
 * quotes become paragraphs of their own words; links keep their text, images their alt text;
 * emphasis and code marks go. Blank lines separate paragraphs; a line break inside one is a
 * wrapped line.
 */
export function markdownParagraphs(markdown: string): string[] {
  const lines = withoutFrontMatter(markdown.replace(/\r\n?/g, '\n')).split('\n');
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = inlineText(current.join(' '));
    if (text !== '') paragraphs.push(text);
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || /^(```|~~~)/.test(line) || /^([-*_])(\s*\1){2,}$/.test(line)) {
      flush();
      continue;
    }
    const block = /^(#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)/.exec(line);
    if (block) {
      // A heading, a list item or a quoted line starts a paragraph of its own; a heading ends it.
      flush();
      current.push(line.slice(block[0].length).replace(/\s#+$/, ''));
      if (block[0].startsWith('#')) flush();
    } else current.push(line);
  }
  flush();
  return paragraphs;
}

function withoutFrontMatter(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

function inlineText(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}
