import { recordsByCollection, type LoadedFileOf } from './dataset.ts';
import { boundsOf, type FuzzyDate } from './fuzzy-date.ts';
import type { Problem } from './problem.ts';
import {
  evidenceOf,
  fieldValue,
  hasTreeReference,
  referencesOf,
  type AnyRecordSpec,
  type BaseRecord,
  type Registry,
} from './registry.ts';

interface Located {
  file: string;
  path: string;
  kind: string;
}

/**
 * Checks what a schema cannot see on one record alone: ids unique across the folder, every
 * reference resolving to a record of the right kind, every evidence passage verbatim in its
 * source, starts before ends, each type's own rules, and no record left unconnected. What to
 * check comes from the registry's field descriptions.
 */
export function checkIntegrity<R extends Registry<R>>(
  files: readonly LoadedFileOf<R>[],
  registry: R,
): Problem[] {
  const problems: Problem[] = [];
  const where = new Map<string, Located>();
  const paragraphsOf = new Map<string, readonly SourceParagraph[]>();
  const each = (
    visit: (file: string, spec: AnyRecordSpec, record: BaseRecord, path: string) => void,
  ): void => {
    for (const { file, bundle } of files) {
      for (const { collection, spec, records } of recordsByCollection(registry, bundle)) {
        records.forEach((record, i) => visit(file, spec, record, `${collection}[${i}]`));
      }
    }
  };

  each((file, spec, record, path) => {
    const first = where.get(record.id);
    if (first) {
      problems.push({
        file,
        record: record.id,
        path: `${path}.id`,
        message: `duplicate id: "${record.id}" is already the id of ${article(first.kind)} at ${first.file} ${first.path}; ids must be unique across the folder`,
      });
    } else {
      where.set(record.id, { file, path, kind: spec.type });
    }
    const paragraphs = paragraphTexts(spec, record);
    if (paragraphs) paragraphsOf.set(record.id, paragraphs);
  });

  const referenced = new Set<string>();
  const cited = new Set<string>();

  each((file, spec, record, path) => {
    const report = (at: string, message: string): void => {
      problems.push({ file, record: record.id, path: at, message });
    };
    for (const reference of referencesOf(spec, record)) {
      const at = `${path}.${reference.path}`;
      const { id: target, to } = reference;
      const found = where.get(target);
      const expected = `expected the id of ${to.map(article).join(' or ')}`;
      if (reference.cites) cited.add(target);
      if (reference.tree) {
        // A child points at its parent: both are connected, and loops are checked apart.
        if (!found || !to.includes(found.kind)) report(at, `unknown id "${target}": ${expected}`);
        referenced.add(record.id);
        referenced.add(target);
        continue;
      }
      referenced.add(target);
      if (!found) report(at, `unknown id "${target}": ${expected}`);
      else if (!to.includes(found.kind)) {
        report(at, `"${target}" is ${article(found.kind)}, ${expected}`);
      }
      if (target === record.id) report(at, `a record cannot refer to itself`);
    }
    for (const { path: evidencePath, item } of evidenceOf(spec, record)) {
      const paragraphs = paragraphsOf.get(item.source);
      const holds = (paragraph: SourceParagraph) => paragraph.text.includes(item.passage);
      if (!paragraphs || paragraphs.some((p) => p.citable && holds(p))) continue;
      report(
        `${path}.${evidencePath}.passage`,
        paragraphs.some(holds)
          ? `passage lies in the web page's furniture (a "${paragraphs.find(holds)?.kind ?? ''}" paragraph) of source "${item.source}", which is not part of the text and cannot be cited: "${clip(item.passage)}"`
          : `passage not found verbatim in any paragraph of source "${item.source}": "${clip(item.passage)}"`,
      );
    }
    const span = spec.span?.(record);
    if (span?.start && span.end && boundsOf(span.start).start >= boundsOf(span.end).end) {
      report(
        `${path}.end`,
        `ends before it starts: ${describe(span.end)} is before ${describe(span.start)}`,
      );
    }
    spec.check?.(record, {
      report: (at, message) => report(at === '' ? path : `${path}.${at}`, message),
      paragraphsOf: (source) =>
        paragraphsOf
          .get(source)
          ?.filter((p) => p.citable)
          .map((p) => p.text),
    });
  });

  problems.push(
    ...exportNotes(files, where),
    ...treeCycles(files, registry),
    ...orphans(files, registry, { referenced, cited }),
  );
  return problems;
}

interface SourceParagraph {
  text: string;
  kind: string;
  /** False for the web page's furniture, which no evidence may cite. */
  citable: boolean;
}

/** A source's paragraphs, read from its `paragraphs` field. */
function paragraphTexts(spec: AnyRecordSpec, record: BaseRecord): SourceParagraph[] | undefined {
  for (const [name, field] of Object.entries(spec.fields)) {
    if (field.kind !== 'paragraphs') continue;
    const value = fieldValue(record, name);
    if (!Array.isArray(value)) return undefined;
    return value.flatMap((paragraph) => {
      if (typeof paragraph !== 'object' || paragraph === null) return [];
      const text: unknown = fieldValue(paragraph, 'text');
      const kind: unknown = fieldValue(paragraph, 'kind');
      if (typeof text !== 'string') return [];
      const kindName = typeof kind === 'string' ? kind : '';
      return [{ text, kind: kindName, citable: !field.furniture.includes(kindName) }];
    });
  }
  return undefined;
}

/**
 * An exported file's note lists the records shown and those added as references: each must be
 * in the folder. Checked apart from the references above, since a note keeps nothing from
 * being an orphan.
 */
function exportNotes<R extends Registry<R>>(
  files: readonly LoadedFileOf<R>[],
  where: ReadonlyMap<string, Located>,
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, bundle } of files) {
    const note = bundle.export;
    if (!note) continue;
    for (const field of ['shown', 'references'] as const) {
      note[field].forEach((id, i) => {
        if (!where.has(id)) {
          problems.push({
            file,
            record: null,
            path: `export.${field}[${i}]`,
            message: `unknown id "${id}": expected the id of a record in the folder`,
          });
        }
      });
    }
  }
  return problems;
}

/** A `tree` reference (an organization's parent) must not loop back to where it started. */
function treeCycles<R extends Registry<R>>(
  files: readonly LoadedFileOf<R>[],
  registry: R,
): Problem[] {
  const parentOf = new Map<string, string>();
  // Only types that may point at a parent can loop: the others are not walked at all.
  const trees = (bundle: LoadedFileOf<R>['bundle']) =>
    recordsByCollection(registry, bundle).filter(({ spec }) => hasTreeReference(spec));
  for (const { bundle } of files) {
    for (const { spec, records } of trees(bundle)) {
      for (const record of records) {
        for (const reference of referencesOf(spec, record)) {
          if (reference.tree) parentOf.set(`${reference.path} ${record.id}`, reference.id);
        }
      }
    }
  }
  const problems: Problem[] = [];
  for (const { file, bundle } of files) {
    for (const { collection, spec, records } of trees(bundle)) {
      records.forEach((record, i) => {
        for (const reference of referencesOf(spec, record)) {
          if (!reference.tree) continue;
          const seen = new Set([record.id]);
          let current: string | undefined = reference.id;
          while (current !== undefined) {
            if (seen.has(current)) {
              problems.push({
                file,
                record: record.id,
                path: `${collection}[${i}].${reference.path}`,
                message: `parent chain loops back through "${current}": expected a tree`,
              });
              break;
            }
            seen.add(current);
            current = parentOf.get(`${reference.path} ${current}`);
          }
        }
      });
    }
  }
  return problems;
}

/**
 * Records of a type with an `orphan` rule that nothing refers to (people, organizations) or
 * nothing cites as evidence (sources) would never be reached in the UI.
 */
function orphans<R extends Registry<R>>(
  files: readonly LoadedFileOf<R>[],
  registry: R,
  connected: { referenced: ReadonlySet<string>; cited: ReadonlySet<string> },
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, bundle } of files) {
    for (const { collection, spec, records } of recordsByCollection(registry, bundle)) {
      const rule = spec.orphan;
      if (!rule) continue;
      const reached = connected[rule.unless];
      records.forEach((record, i) => {
        if (!reached.has(record.id)) {
          problems.push({
            file,
            record: record.id,
            path: `${collection}[${i}]`,
            message: rule.message,
          });
        }
      });
    }
  }
  return problems;
}

function article(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function describe(date: FuzzyDate): string {
  return date.precision === 'range' ? `${date.from}–${date.to}` : date.value;
}
