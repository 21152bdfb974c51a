import { describe, expect, it } from 'vitest';
import { markdownParagraphs } from './markdown-text.ts';

describe('Markdown as paragraphs', () => {
  it('takes the markup off headings, emphasis, links, lists and quotes', () => {
    const markdown = [
      '---',
      'title: ignored',
      '---',
      '# Patrick Pélata, **le** DSI',
      '',
      'ITespresso.fr : Quel est *votre* rôle chez',
      '[Salesforce](https://www.salesforce.com) ?',
      '',
      '- un premier point',
      '- un `second` point',
      '',
      '> Une citation',
      '',
      '***',
      'Le mot_à_mot reste.',
    ].join('\n');
    expect(markdownParagraphs(markdown)).toEqual([
      'Patrick Pélata, le DSI',
      'ITespresso.fr : Quel est votre rôle chez Salesforce ?',
      'un premier point',
      'un second point',
      'Une citation',
      'Le mot_à_mot reste.',
    ]);
  });
});
