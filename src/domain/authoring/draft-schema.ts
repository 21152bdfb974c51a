import { z } from '../zod.ts';
import {
  EventSchema,
  FigureSchema,
  IdSchema,
  OrganizationSchema,
  PersonSchema,
  PositionSchema,
  ProjectSchema,
  QuoteSchema,
  RelationSchema,
  SourceSchema,
} from '../records.ts';
import { EMPTY_DRAFTS, type DraftState } from './drafts.ts';

const RecordEntrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('source'), record: SourceSchema }),
  z.object({ type: z.literal('person'), record: PersonSchema }),
  z.object({ type: z.literal('organization'), record: OrganizationSchema }),
  z.object({ type: z.literal('position'), record: PositionSchema }),
  z.object({ type: z.literal('project'), record: ProjectSchema }),
  z.object({ type: z.literal('quote'), record: QuoteSchema }),
  z.object({ type: z.literal('event'), record: EventSchema }),
  z.object({ type: z.literal('figure'), record: FigureSchema }),
  z.object({ type: z.literal('relation'), record: RelationSchema }),
]);
const RecordTypeSchema = z.enum([
  'source',
  'person',
  'organization',
  'position',
  'project',
  'quote',
  'event',
  'figure',
  'relation',
]);

const DraftSchema = z.intersection(
  z.object({ id: IdSchema, base: z.string().nullable(), at: z.number() }),
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('put'), entry: RecordEntrySchema }),
    z.object({ op: z.literal('delete'), type: RecordTypeSchema }),
  ]),
);
const StepSchema = z.object({
  id: IdSchema,
  before: DraftSchema.nullable(),
  after: DraftSchema.nullable(),
});
const DraftStateSchema = z.object({
  drafts: z.array(DraftSchema),
  past: z.array(StepSchema),
  future: z.array(StepSchema),
});

/**
 * Drafts read back from IndexedDB, checked like any data crossing into the app. Null when they
 * do not pass (written by another version of the schema): the caller keeps them aside rather
 * than lose or trust them.
 */
export function parseDraftState(stored: unknown): DraftState | null {
  if (stored === undefined) return EMPTY_DRAFTS;
  const parsed = DraftStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
