import { Readability } from '@mozilla/readability';
import { decodeText, splitParagraphs, type Encoding } from '../../domain/authoring/import-text.ts';
import { markdownParagraphs } from '../../domain/authoring/markdown-text.ts';

/** A file's text as paragraphs, with what its page says of itself when it is a web page. */
export interface ImportedText {
  format: 'text' | 'markdown' | 'html';
  paragraphs: string[];
  /** How the bytes were read. */
  encoding: Encoding;
  /** From a web page's metadata, when it has them. */
  title: string | null;
  publication: string | null;
  language: string | null;
}

/** The formats the import page takes, by file name. */
export function formatOfFile(name: string): ImportedText['format'] | null {
  if (/\.(txt|text)$/i.test(name)) return 'text';
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  if (/\.html?$/i.test(name)) return 'html';
  return null;
}

async function bytesOf(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  // Older engines (and jsdom) without Blob.arrayBuffer.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      reader.result instanceof ArrayBuffer
        ? resolve(new Uint8Array(reader.result))
        : reject(new Error('unreadable file'));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Reads a dropped or chosen file: its bytes decoded as UTF-8 or Windows-1252, then split into
 * paragraphs as plain text, as Markdown without its markup, or as a web page reduced to its
 * article. Null for a file of another kind.
 */
export async function readImportFile(file: File): Promise<ImportedText | null> {
  const format = formatOfFile(file.name);
  if (format === null) return null;
  const { text, encoding } = decodeText(await bytesOf(file));
  if (format === 'html') return { ...htmlArticle(text), format, encoding };
  const paragraphs = format === 'markdown' ? markdownParagraphs(text) : splitParagraphs(text);
  return { format, paragraphs, encoding, title: null, publication: null, language: null };
}

/** Elements whose text is a paragraph of its own. */
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'ADDRESS',
  'MAIN',
  'NAV',
  'HR',
  'BR',
]);

/**
 * A web page reduced to its article by Readability, on a document parsed by `DOMParser`: such a
 * document runs no script, loads nothing and is never put in the page; only its text is kept,
 * one paragraph per block element.
 */
export function htmlArticle(
  html: string,
): Pick<ImportedText, 'paragraphs' | 'title' | 'publication' | 'language'> {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const language = /^[a-z]{2}/i.exec(page.documentElement.lang)?.[0]?.toLowerCase() ?? null;
  // Readability keeps the article's elements; returned as they are, no markup is serialized.
  const article = new Readability<Node>(page, { serializer: (node) => node }).parse();
  const content: Node | null = article?.content ?? page.body;
  const paragraphs = content ? blockTexts(content) : [];
  return {
    paragraphs,
    title: article?.title?.trim() || page.title.trim() || null,
    publication: article?.siteName?.trim() || null,
    language: (article?.lang && /^[a-z]{2}/i.exec(article.lang)?.[0]?.toLowerCase()) || language,
  };
}

/** The texts of a node's blocks, in order: inline runs between blocks are paragraphs too. */
function blockTexts(root: Node): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    const text = run.replace(/\s+/g, ' ').trim();
    if (text !== '') out.push(text);
    run = '';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) run += child.textContent ?? '';
      else if (child instanceof Element) {
        if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(child.tagName)) continue;
        if (BLOCKS.has(child.tagName)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}
