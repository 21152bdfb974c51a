import type { LoadedFile } from './dataset.ts';
import { boundsOf, type FuzzyDate } from './fuzzy-date.ts';
import type { Problem } from './problem.ts';
import { COLLECTIONS, type Collection, type Evidence } from './records.ts';

type Kind =
  | 'source'
  | 'person'
  | 'organization'
  | 'position'
  | 'project'
  | 'quote'
  | 'event'
  | 'figure'
  | 'relation';

const KIND_OF: Record<Collection, Kind> = {
  sources: 'source',
  people: 'person',
  organizations: 'organization',
  positions: 'position',
  projects: 'project',
  quotes: 'quote',
  events: 'event',
  figures: 'figure',
  relations: 'relation',
};

interface Located {
  file: string;
  path: string;
  kind: Kind;
}

/**
 * Checks what a schema cannot see on one record alone: ids unique across the folder, every
 * reference resolving to a record of the right kind, every evidence passage verbatim in its
 * source, starts before ends, and no record left unconnected.
 */
export function checkIntegrity(files: readonly LoadedFile[]): Problem[] {
  const problems: Problem[] = [];
  const where = new Map<string, Located>();
  const paragraphsOf = new Map<string, readonly string[]>();

  for (const { file, bundle } of files) {
    for (const collection of COLLECTIONS) {
      (bundle[collection] ?? []).forEach((record, i) => {
        const path = `${collection}[${i}]`;
        const kind = KIND_OF[collection];
        const first = where.get(record.id);
        if (first) {
          problems.push({
            file,
            record: record.id,
            path: `${path}.id`,
            message: `duplicate id: "${record.id}" is already the id of ${article(first.kind)} at ${first.file} ${first.path}; ids must be unique across the folder`,
          });
          return;
        }
        where.set(record.id, { file, path, kind });
      });
    }
    for (const source of bundle.sources ?? []) {
      paragraphsOf.set(
        source.id,
        source.paragraphs.map((p) => p.text),
      );
    }
  }

  const referenced = new Set<string>();

  for (const { file, bundle } of files) {
    const report = (record: string, path: string, message: string): void => {
      problems.push({ file, record, path, message });
    };
    const ref = (record: string, path: string, target: string | null, ...kinds: Kind[]): void => {
      if (target === null) return;
      referenced.add(target);
      const found = where.get(target);
      if (!found) {
        report(
          record,
          path,
          `unknown id "${target}": expected the id of ${kinds.map(article).join(' or ')}`,
        );
      } else if (!kinds.includes(found.kind)) {
        report(
          record,
          path,
          `"${target}" is ${article(found.kind)}, expected the id of ${kinds.map(article).join(' or ')}`,
        );
      }
      if (target === record) report(record, path, `a record cannot refer to itself`);
    };
    const refs = (record: string, path: string, targets: readonly string[], ...kinds: Kind[]) => {
      targets.forEach((target, i) => ref(record, `${path}[${i}]`, target, ...kinds));
    };
    const evidence = (record: string, path: string, items: readonly Evidence[]): void => {
      items.forEach((item, i) => {
        const at = `${path}.evidence[${i}]`;
        ref(record, `${at}.source`, item.source, 'source');
        const paragraphs = paragraphsOf.get(item.source);
        if (paragraphs && !paragraphs.some((text) => text.includes(item.passage))) {
          report(
            record,
            `${at}.passage`,
            `passage not found verbatim in any paragraph of source "${item.source}": "${clip(item.passage)}"`,
          );
        }
      });
    };
    const span = (
      record: string,
      path: string,
      start: FuzzyDate | null,
      end: FuzzyDate | null,
      endField = 'end',
    ): void => {
      if (start && end && boundsOf(start).start >= boundsOf(end).end) {
        report(
          record,
          `${path}.${endField}`,
          `ends before it starts: ${describe(end)} is before ${describe(start)}`,
        );
      }
    };

    (bundle.sources ?? []).forEach((s, i) => {
      const path = `sources[${i}]`;
      ref(s.id, `${path}.publisher`, s.publisher, 'organization');
      refs(s.id, `${path}.subjects`, s.subjects, 'person');
    });
    (bundle.people ?? []).forEach((p, i) => evidence(p.id, `people[${i}]`, p.evidence));
    (bundle.organizations ?? []).forEach((o, i) => {
      const path = `organizations[${i}]`;
      evidence(o.id, path, o.evidence);
      if (o.parent !== null) {
        // A child points at its parent; that alone does not make the parent referenced.
        const found = where.get(o.parent);
        if (!found || found.kind !== 'organization') {
          report(
            o.id,
            `${path}.parent`,
            `unknown id "${o.parent}": expected the id of an organization`,
          );
        }
        referenced.add(o.id);
        referenced.add(o.parent);
      }
    });
    (bundle.positions ?? []).forEach((p, i) => {
      const path = `positions[${i}]`;
      evidence(p.id, path, p.evidence);
      ref(p.id, `${path}.person`, p.person, 'person');
      ref(p.id, `${path}.organization`, p.organization, 'organization');
      refs(p.id, `${path}.reportsTo`, p.reportsTo, 'position');
      span(p.id, path, p.start, p.end);
      referenced.add(p.id);
    });
    (bundle.projects ?? []).forEach((p, i) => {
      const path = `projects[${i}]`;
      evidence(p.id, path, p.evidence);
      refs(p.id, `${path}.organizations`, p.organizations, 'organization');
      ref(p.id, `${path}.owner`, p.owner, 'person');
      refs(p.id, `${path}.contributors`, p.contributors, 'person');
      ref(p.id, `${path}.partOf`, p.partOf, 'project');
      span(p.id, path, p.start, p.end);
      referenced.add(p.id);
    });
    (bundle.quotes ?? []).forEach((q, i) => {
      const path = `quotes[${i}]`;
      evidence(q.id, path, q.evidence);
      ref(q.id, `${path}.speaker`, q.speaker, 'person');
      ref(q.id, `${path}.source`, q.source, 'source');
      refs(q.id, `${path}.about`, q.about, 'person', 'organization', 'project');
      const paragraphs = paragraphsOf.get(q.source);
      if (paragraphs && !paragraphs.some((text) => text.includes(q.original))) {
        report(
          q.id,
          `${path}.original`,
          `quote not found verbatim in source "${q.source}": "${clip(q.original)}"`,
        );
      }
      if (!q.evidence.some((item) => item.source === q.source)) {
        report(
          q.id,
          `${path}.evidence`,
          `expected at least one passage from the quote's source "${q.source}"`,
        );
      }
      referenced.add(q.id);
    });
    (bundle.events ?? []).forEach((e, i) => {
      const path = `events[${i}]`;
      evidence(e.id, path, e.evidence);
      refs(e.id, `${path}.people`, e.people, 'person');
      refs(e.id, `${path}.organizations`, e.organizations, 'organization');
      refs(e.id, `${path}.projects`, e.projects, 'project');
      if (e.people.length + e.organizations.length + e.projects.length === 0) {
        report(e.id, path, 'an event must involve at least one person, organization or project');
      }
      referenced.add(e.id);
    });
    (bundle.figures ?? []).forEach((f, i) => {
      const path = `figures[${i}]`;
      evidence(f.id, path, f.evidence);
      ref(f.id, `${path}.subject.id`, f.subject.id, f.subject.kind);
      referenced.add(f.id);
    });
    (bundle.relations ?? []).forEach((r, i) => {
      const path = `relations[${i}]`;
      evidence(r.id, path, r.evidence);
      ref(r.id, `${path}.from`, r.from, 'organization');
      ref(r.id, `${path}.to`, r.to, 'organization');
      if (r.from === r.to)
        report(r.id, `${path}.to`, 'a relation must link two different organizations');
      span(r.id, path, r.start, r.end);
      referenced.add(r.id);
    });
  }

  problems.push(
    ...exportNotes(files, where),
    ...parentCycles(files),
    ...orphans(files, referenced),
  );
  return problems;
}

/**
 * An exported file's note lists the records shown and those added as references: each must be
 * in the folder. Checked apart from the references above, since a note keeps nothing from
 * being an orphan.
 */
function exportNotes(files: readonly LoadedFile[], where: ReadonlyMap<string, Located>): Problem[] {
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

function parentCycles(files: readonly LoadedFile[]): Problem[] {
  const parentOf = new Map<string, string | null>();
  for (const { bundle } of files)
    for (const o of bundle.organizations ?? []) parentOf.set(o.id, o.parent);
  const problems: Problem[] = [];
  for (const { file, bundle } of files) {
    (bundle.organizations ?? []).forEach((o, i) => {
      const seen = new Set([o.id]);
      let current = o.parent;
      while (current !== null && current !== undefined) {
        if (seen.has(current)) {
          problems.push({
            file,
            record: o.id,
            path: `organizations[${i}].parent`,
            message: `parent chain loops back through "${current}": expected a tree`,
          });
          return;
        }
        seen.add(current);
        current = parentOf.get(current) ?? null;
      }
    });
  }
  return problems;
}

/** People, organizations and sources nothing refers to would never be reached in the UI. */
function orphans(files: readonly LoadedFile[], referenced: ReadonlySet<string>): Problem[] {
  const cited = new Set<string>();
  for (const { bundle } of files) {
    for (const collection of COLLECTIONS) {
      if (collection === 'sources') continue;
      for (const record of bundle[collection] ?? []) {
        for (const item of record.evidence) cited.add(item.source);
      }
    }
  }
  const problems: Problem[] = [];
  for (const { file, bundle } of files) {
    (bundle.sources ?? []).forEach((s, i) => {
      if (!cited.has(s.id)) {
        problems.push({
          file,
          record: s.id,
          path: `sources[${i}]`,
          message: 'orphan source: no record cites it as evidence',
        });
      }
    });
    (bundle.people ?? []).forEach((p, i) => {
      if (!referenced.has(p.id)) {
        problems.push({
          file,
          record: p.id,
          path: `people[${i}]`,
          message:
            'orphan person: no position, project, quote, event, figure or source refers to them',
        });
      }
    });
    (bundle.organizations ?? []).forEach((o, i) => {
      if (!referenced.has(o.id)) {
        problems.push({
          file,
          record: o.id,
          path: `organizations[${i}]`,
          message: 'orphan organization: no other record refers to it',
        });
      }
    });
  }
  return problems;
}

function article(kind: Kind): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function describe(date: FuzzyDate): string {
  return date.precision === 'range' ? `${date.from}–${date.to}` : date.value;
}
