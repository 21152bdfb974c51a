import type { Voice } from '../domain/records.ts';
import { vocabulary } from '../domain/messages.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { componentMessages } from './messages.ts';

/** Who says so, in words (never by colour alone). */
export function VoiceBadge({ voice }: { voice: Voice }) {
  const { locale } = useLocale();
  const m = componentMessages[locale];
  return (
    <span className={`badge badge--voice-${voice}`} title={m.voiceTitle(voice)}>
      {/* The space sits outside the hidden span: inside it, it is dropped with the span's
          box and the badge reads "Voice:Journalist". */}
      <span className="visually-hidden">{m.voiceLabel}</span> {vocabulary[locale].voice(voice)}
    </span>
  );
}
