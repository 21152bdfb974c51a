import { vocabulary } from '../../../domain/messages.ts';
import type { Locale } from '../../../i18n/locale.ts';
import type { RecordType } from '../../../domain/registry.ts';
import {
  EventKindSchema,
  OrganizationKindSchema,
  ProjectStatusSchema,
  RelationKindSchema,
  VoiceSchema,
} from '../../../domain/records.ts';
import { formMessages } from './messages.ts';

/** The words for one option of a choice field: the data's vocabulary, as every view says it. */
export function optionLabel(type: RecordType, field: string, option: string, locale: Locale) {
  const words = vocabulary[locale];
  const m = formMessages[locale];
  const voice = VoiceSchema.safeParse(option);
  if (field === 'voice' && voice.success) return words.voice(voice.data);
  const status = ProjectStatusSchema.safeParse(option);
  if (field === 'status' && status.success) return words.projectStatus(status.data);
  if (field === 'genre') return m.genre(option);
  if (type === 'organization' && (field === 'gender' || field === 'number' || field === 'article'))
    return words.frenchGrammar(option);
  if (field === 'qualifier') return m.qualifier(option);
  if (field === 'kind') {
    const organization = OrganizationKindSchema.safeParse(option);
    if (type === 'organization' && organization.success)
      return words.organizationKind(organization.data);
    const event = EventKindSchema.safeParse(option);
    if (type === 'event' && event.success) return words.eventKind(event.data);
    const relation = RelationKindSchema.safeParse(option);
    if (type === 'relation' && relation.success) return words.relationKind(relation.data);
  }
  return option;
}
