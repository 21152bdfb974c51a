import type { Dataset } from './dataset.ts';
import type { Problem } from './problem.ts';
import { FURNITURE_KINDS } from './records.ts';

/**
 * The paragraphs of a source not written in English that have no English translation yet. A
 * gap, not an error: a source just imported loads and reads in its own language before anyone
 * has translated it, so `check-data` lists these as warnings and still passes. The page's
 * furniture is never translated and never counted.
 */
export function untranslatedParagraphs(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  /** A source's position among the sources of its file: the `sources[i]` of the path. */
  const positionInFile = new Map<string, number>();
  for (const source of dataset.sources) {
    const file = dataset.fileOf.get(source.id) ?? '';
    const position = positionInFile.get(file) ?? 0;
    positionInFile.set(file, position + 1);
    if (source.language === 'en') continue;
    source.paragraphs.forEach((paragraph, p) => {
      if (FURNITURE_KINDS.includes(paragraph.kind) || paragraph.translation !== undefined) return;
      problems.push({
        file,
        record: source.id,
        path: `sources[${position}].paragraphs[${p}].translation`,
        message: `no English translation of this ${paragraph.kind} paragraph yet: the reader shows it in the original language alone`,
      });
    });
  }
  return problems;
}
