import { defineMessages } from '../i18n/define-messages.ts';

/** The shell around every view: header, navigation, language. */
export const shellMessages = defineMessages(
  {
    language: 'Interface language',
  },
  {
    language: 'Langue de l’interface',
  },
);
