/**
 * The hostile data corpus: each folder under tests/hostile/ is the same small, valid data
 * folder (`valid/`) broken or poisoned in one way. `refused` cases must fail
 * `npm run check-data` and show the app's error screen, both naming the file, record and field;
 * `inert` cases hold markup or invisible characters that the app loads and shows as plain
 * text, while `check-data` still fails on them.
 */
export interface ExpectedProblem {
  file: string;
  /** `null` where the problem is in no record (the manifest, a file that is not there). */
  record: string | null;
  path: string;
  /** Words the message must contain. */
  message: string;
}

export interface HostileCase {
  name: string;
  outcome: 'refused' | 'inert';
  problems: ExpectedProblem[];
  /** For inert cases: text the views must show literally. */
  shown?: string[];
}

const records = 'records.json';
const script = "<script>window.__pwned='script'</script>";
const img = `<img src=x onerror="window.__pwned='img'">`;

export const hostileCases: HostileCase[] = [
  {
    name: 'duplicate-id',
    outcome: 'refused',
    problems: [{ file: records, record: 'ada', path: 'people[1].id', message: 'duplicate id' }],
  },
  {
    name: 'dangling-reference',
    outcome: 'refused',
    problems: [
      {
        file: records,
        record: 'ada-acme',
        path: 'positions[0].person',
        message: 'unknown id "nobody"',
      },
    ],
  },
  {
    name: 'impossible-date',
    outcome: 'refused',
    problems: [
      {
        file: records,
        record: 'ada-acme',
        path: 'positions[0].start.value',
        message: 'a day that exists on the calendar',
      },
    ],
  },
  {
    name: 'end-before-start',
    outcome: 'refused',
    problems: [
      {
        file: records,
        record: 'ada-acme',
        path: 'positions[0].end',
        message: 'ends before it starts',
      },
    ],
  },
  {
    name: 'wrong-type',
    outcome: 'refused',
    problems: [
      {
        file: records,
        record: 'ada-atlas-quote',
        path: 'quotes[0].translation',
        message: 'expected string, received number',
      },
    ],
  },
  {
    name: 'missing-field',
    outcome: 'refused',
    problems: [
      {
        file: records,
        record: 'ada',
        path: 'people[0].name',
        message: 'required, but missing',
      },
    ],
  },
  {
    name: 'empty-string',
    outcome: 'refused',
    problems: [
      {
        file: records,
        record: 'acme',
        path: 'organizations[0].name',
        message: 'a non-empty text',
      },
    ],
  },
  {
    name: 'truncated-json',
    outcome: 'refused',
    problems: [
      {
        file: records,
        record: 'ada-acme',
        path: 'line 44, column 15',
        message: 'the file ends too early',
      },
    ],
  },
  {
    name: 'missing-file',
    outcome: 'refused',
    problems: [
      {
        file: 'manifest.json',
        record: null,
        path: 'files[2]',
        message: 'listed file records/extra.json could not be read',
      },
    ],
  },
  {
    name: 'huge-quote',
    outcome: 'refused',
    problems: [
      {
        file: records,
        record: 'ada-atlas-quote',
        path: 'quotes[0].original',
        message: 'at most 20,000 characters (found 1,048,576)',
      },
    ],
  },
  {
    name: 'javascript-url',
    outcome: 'refused',
    problems: [
      {
        file: 'source.json',
        record: 's1',
        path: 'sources[0].url',
        message: 'an http:// or https:// address (found "javascript:',
      },
    ],
  },
  {
    name: 'zero-width-id',
    outcome: 'refused',
    problems: [
      {
        file: records,
        record: 'ada-acme',
        path: 'positions[0].person',
        message: '(found "ada<U+200B>")',
      },
    ],
  },
  {
    name: 'inferred-status-without-reason',
    outcome: 'refused',
    problems: [
      {
        file: records,
        record: 'atlas',
        path: 'projects[0].statusBasis.inference',
        message: 'an inferred claim must say how it was inferred',
      },
    ],
  },
  {
    name: 'note-missing-french',
    outcome: 'refused',
    problems: [
      {
        file: records,
        record: 'atlas',
        path: 'projects[0].note.fr',
        message: 'the French is missing',
      },
    ],
  },
  {
    // The page's furniture (a newsletter banner, a comment form) is not the article: no record
    // may rest on it, even where its words are there verbatim.
    name: 'evidence-in-chrome',
    outcome: 'refused',
    problems: [
      {
        file: records,
        record: 'ada',
        path: 'people[0].evidence[1].passage',
        message: 'passage lies in the web page\'s furniture (a "chrome" paragraph)',
      },
    ],
  },
  {
    name: 'translation-on-chrome',
    outcome: 'refused',
    problems: [
      {
        file: 'source.json',
        record: 's1',
        path: 'sources[0].paragraphs[3].translation',
        message: 'it takes no translation',
      },
    ],
  },
  {
    name: 'script-tags',
    outcome: 'inert',
    problems: [
      {
        file: 'source.json',
        record: 's1',
        path: 'sources[0].paragraphs[1].text',
        message: 'looks like HTML or script',
      },
      { file: records, record: 'ada', path: 'people[0].name', message: '<script>' },
      {
        file: records,
        record: 'atlas',
        path: 'projects[0].evidence[0].passage',
        message: '<script>',
      },
      {
        file: records,
        record: 'ada-atlas-quote',
        path: 'quotes[0].evidence[0].passage',
        message: '<script>',
      },
      {
        file: records,
        record: 'ada-atlas-quote',
        path: 'quotes[0].original',
        message: '<script>',
      },
    ],
    shown: [`Ada ${script} Lovelace`, `Nous livrons le projet Atlas ${script} cette année`],
  },
  {
    name: 'img-onerror',
    outcome: 'inert',
    problems: [
      { file: 'source.json', record: 's1', path: 'sources[0].title', message: '<img' },
      {
        file: records,
        record: 'acme',
        path: 'organizations[0].description.en',
        message: '<img',
      },
      { file: records, record: 'atlas', path: 'projects[0].name.fr', message: '<img' },
      { file: records, record: 'atlas', path: 'projects[0].name.en', message: '<img' },
    ],
    shown: [`Atlas ${img}`, `Portrait ${img}`],
  },
  {
    name: 'javascript-text',
    outcome: 'inert',
    problems: [
      {
        file: records,
        record: 'ada-atlas-quote',
        path: 'quotes[0].translation',
        message: 'javascript:',
      },
    ],
    shown: ["We deliver Atlas: javascript:window.__pwned='text'"],
  },
  {
    name: 'rtl-zero-width-text',
    outcome: 'inert',
    problems: [
      { file: records, record: 'ada', path: 'people[0].name', message: 'U+202E' },
      { file: records, record: 'acme', path: 'organizations[0].name', message: 'U+200B' },
    ],
    shown: ['Ada \u202eecalevoL\u202c', 'Ac\u200bme'],
  },
];
