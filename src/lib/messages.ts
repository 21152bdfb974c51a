import { defineMessages } from '../i18n/define-messages.ts';
import type { ViewName } from './shortcut-keys.ts';

/** The views by name, as commands: the shortcuts' help and quick find both list them. */
export const viewMessages = defineMessages(
  {
    goTo: (view: ViewName): string =>
      ({
        overview: 'Go to Overview',
        timeline: 'Go to Timeline',
        org: 'Go to Org',
        projects: 'Go to Projects',
        quotes: 'Go to Quotes',
        briefing: 'Go to Briefing',
      })[view],
  },
  {
    goTo: (view) =>
      ({
        overview: 'Aller à la vue d’ensemble',
        timeline: 'Aller à la chronologie',
        org: 'Aller à l’organigramme',
        projects: 'Aller aux projets',
        quotes: 'Aller aux citations',
        briefing: 'Aller à la synthèse',
      })[view],
  },
);
