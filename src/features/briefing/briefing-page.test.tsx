import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';

/** The whole brief: the meeting page, the appendices and the notes. */
async function briefingFor(url: string): Promise<HTMLElement> {
  renderApp(url);
  return screen.findByRole('region', { name: /^Briefing: / });
}

describe('briefing', () => {
  it('offers a picker without a subject', async () => {
    renderApp('/briefing');
    expect(
      // The first render of the file pays for the cold data load.
      await screen.findByRole(
        'link',
        { name: 'Brief on Patrick Hoffstetter alone' },
        { timeout: 15_000 },
      ),
    ).toHaveAttribute('href', '/briefing?person=patrick-hoffstetter');
    expect(screen.getByRole('link', { name: 'Brief on Salesforce alone' })).toHaveAttribute(
      'href',
      '/briefing?company=salesforce',
    );
  });

  it('builds one brief for the attendees ticked in the picker', async () => {
    const { user } = renderApp('/briefing');
    await user.click(await screen.findByRole('checkbox', { name: 'Patrick Hoffstetter' }));
    await user.click(screen.getByRole('checkbox', { name: 'Patrick Pélata' }));
    await user.click(screen.getByRole('button', { name: 'Build the brief' }));
    const brief = await screen.findByRole('region', {
      name: 'Briefing: Patrick Hoffstetter, Patrick Pélata',
    });
    const meeting = within(brief).getByRole('article', {
      name: 'Patrick Hoffstetter · Patrick Pélata',
    });
    for (const section of ['Who', 'What to know', 'Between them', 'Talking points', 'To verify'])
      expect(within(meeting).getByRole('region', { name: section })).toBeInTheDocument();
    expect(
      within(brief)
        .getAllByRole('heading', { level: 2, name: /^Appendix: / })
        .map((h) => h.textContent),
    ).toEqual(['Appendix: Patrick Hoffstetter', 'Appendix: Patrick Pélata']);
  });

  it('covers Patrick Hoffstetter: role, career, org context, projects, figures, quotes, notes', async () => {
    const briefing = await briefingFor('/briefing?person=patrick-hoffstetter');
    expect(
      within(briefing).getByRole('heading', { level: 2, name: 'Appendix: Patrick Hoffstetter' }),
    ).toBeInTheDocument();
    expect(briefing).toHaveTextContent(
      'Chief Digital Officer (CDO), head of the Digital Factory, Renault › Digital Factory',
    );
    expect(briefing).toHaveTextContent('reports to the Chief Marketing Officer (Renault)');
    expect(briefing).toHaveTextContent(
      'Our sources on Patrick Hoffstetter are from 2012. Roles and projects may have changed by',
    );
    for (const text of [
      'Launch of Vizzavi',
      'Mydeclic',
      'New vehicle configurator',
      '170 country directorates',
      'more than 3 billion dollars of revenue',
    ]) {
      expect(briefing).toHaveTextContent(text);
    }
    expect(
      within(briefing).getByRole('img', { name: 'Patrick Hoffstetter: career' }),
    ).toBeInTheDocument();
    expect(
      within(briefing).getAllByRole('link', { name: /^Note \d+: open the passage/ }).length,
    ).toBeGreaterThan(20);
    expect(
      within(briefing).getByRole('region', { name: 'Uncertain or inferred' }),
    ).toHaveTextContent('barely eighteen months');
    expect(briefing).not.toHaveTextContent('Toyota');
  });

  it('covers Patrick Pélata and never mentions Hoffstetter’s world', async () => {
    const briefing = await briefingFor('/briefing?person=patrick-pelata');
    for (const text of [
      'Salesforce',
      'Salesforce pilot projects with carmakers',
      '12 of 15 carmakers',
      '10,000 employees',
      'Toyota',
    ]) {
      expect(briefing).toHaveTextContent(text);
    }
    for (const text of ['Vizzavi', 'Mydeclic', 'Lastminute', 'Digital Factory', 'Hoffstetter']) {
      expect(briefing).not.toHaveTextContent(text);
    }
  });

  it('covers Renault with its people, units, projects and relations, not SFR', async () => {
    const briefing = await briefingFor('/briefing?company=renault');
    for (const text of [
      'Patrick Hoffstetter',
      'Chief Marketing Officer',
      'Renault › Digital Factory',
      'Directions de pays',
      'New vehicle configurator',
      'Salesforce works with Renault',
      'Renault turns 115',
    ]) {
      expect(briefing).toHaveTextContent(text);
    }
    // Toyota and Yahoo appear only inside verbatim quotes about Renault, which belong here.
    for (const text of ['Vizzavi', 'SFR-Pro', 'Newmedia'])
      expect(briefing).not.toHaveTextContent(text);
  });

  it('covers Salesforce with Pélata, its projects, figures and the carmakers it works with', async () => {
    const briefing = await briefingFor('/briefing?company=salesforce');
    for (const text of [
      'Patrick Pélata',
      'Salesforce pilot projects with carmakers',
      '10,000 employees',
      'Toyota',
      'Nissan',
      'Ford',
    ]) {
      expect(briefing).toHaveTextContent(text);
    }
    for (const text of ['Mydeclic', 'Vizzavi', 'Hoffstetter'])
      expect(briefing).not.toHaveTextContent(text);
  });

  it('links a reference to its passage in the source reader', async () => {
    const briefing = await briefingFor('/briefing?person=patrick-pelata');
    const [first] = within(briefing).getAllByRole('link', { name: /^Note 1: open the passage/ });
    expect(first).toHaveAttribute(
      'href',
      expect.stringMatching(
        /^\/sources\/itespresso-pelata\?(.*&)?record=[a-z-]+(&[^#]*)?#passage-/,
      ),
    );
  });
});

describe('briefing citations', () => {
  it.each([
    '/briefing?person=patrick-hoffstetter',
    '/briefing?person=patrick-pelata',
    '/briefing?company=renault',
    '/briefing?company=salesforce',
  ])('cites every statement of %s', async (url) => {
    const briefing = await briefingFor(url);
    const notes = within(briefing).getByRole('region', { name: 'Notes' });
    const sections = within(briefing)
      .getAllByRole('region')
      .filter((section) => section !== notes);
    const statements = sections.flatMap((section) => [
      ...within(section).queryAllByRole('listitem'),
      ...within(section).queryAllByRole('row').slice(1),
    ]);
    expect(statements.length).toBeGreaterThan(5);
    for (const statement of statements) {
      expect(
        within(statement).getAllByRole('link', { name: /^Note \d+:/ }).length,
        statement.textContent ?? '',
      ).toBeGreaterThan(0);
    }
  });
});
