import type { Voice } from '../domain/records.ts';

const VOICE_LABELS: Record<Voice, { label: string; title: string }> = {
  interviewee: { label: 'Interviewee', title: 'Said by the person interviewed' },
  journalist: { label: 'Journalist', title: 'Stated by the article itself' },
  inferred: { label: 'Inferred', title: 'Our deduction from the text' },
};

/** Who says so, in words (never by colour alone). */
export function VoiceBadge({ voice }: { voice: Voice }) {
  const { label, title } = VOICE_LABELS[voice];
  return (
    <span className={`badge badge--voice-${voice}`} title={title}>
      {/* The space sits outside the hidden span: inside it, it is dropped with the span's
          box and the badge reads "Voice:Journalist". */}
      <span className="visually-hidden">Voice:</span> {label}
    </span>
  );
}
