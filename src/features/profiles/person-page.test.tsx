import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';

describe('person page', () => {
  it('shows the name and the summary in English beside the French', async () => {
    renderApp('/people/patrick-hoffstetter');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Patrick Hoffstetter' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/a new-technology enthusiast/)).toHaveAttribute('lang', 'en');
    expect(screen.getByText(/féru de nouvelles technologies/)).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('list', { name: 'Roles at the latest source' })).toHaveTextContent(
      'Chief Digital Officer (CDO), head of the Digital Factory · Renault › Digital Factory',
    );
  });

  it('lists the roles newest first, the current one at the top, three until Show all', async () => {
    renderApp('/people/patrick-hoffstetter');
    const roles = await screen.findByRole('region', { name: 'Roles' });
    expect(within(roles).getAllByRole('listitem')).toHaveLength(3);
    await userEvent.click(within(roles).getByRole('button', { name: 'Show all 7 (Roles)' }));
    const items = within(roles).getAllByRole('listitem');
    const expected = [
      'Digital Factory',
      'Lastminute.com',
      'Lastminute.com',
      'Newmedia 360',
      'Yahoo France',
      'SFR',
      'SNCF',
    ];
    expect(items).toHaveLength(expected.length);
    expected.forEach((name, i) => expect(items[i]).toHaveTextContent(name));

    const renault = items[0];
    if (!renault) throw new Error('no Renault role');
    expect(renault).toHaveTextContent('c. 2011 (approximate, inferred) – latest source');
    expect(renault).toHaveTextContent(
      'Reports to the Chief Marketing Officer — holder not named (Renault)',
    );
    expect(within(renault).getByRole('link', { name: 'Digital Factory' })).toHaveAttribute(
      'href',
      '/companies/renault-digital-factory',
    );
    expect(within(renault).getByText('Journalist')).toBeInTheDocument();
    expect(items[5]).toHaveTextContent('2000 (year, stated) – 2005 (year, stated)');
  });

  it('links every item to its passage in the source reader', async () => {
    renderApp('/people/patrick-hoffstetter');
    const roles = await screen.findByRole('region', { name: 'Roles' });
    await userEvent.click(within(roles).getByRole('button', { name: /^Show all/ }));
    expect(
      within(roles).getByRole('link', { name: /^Passage in BFM Business for .*Head of audience/ }),
    ).toHaveAttribute(
      'href',
      '/sources/bfm-hoffstetter?record=hoffstetter-yahoo-france#passage-hoffstetter-yahoo-france-0',
    );
  });

  it('shows quotes in French with the English beside, and projects with their status', async () => {
    renderApp('/people/patrick-hoffstetter');
    const quotes = await screen.findByRole('region', { name: 'Quotes' });
    expect(
      within(quotes).getByText(/La voiture connectée change la donne/, { selector: 'blockquote' }),
    ).toHaveAttribute('lang', 'fr');
    expect(
      within(quotes).getByText(/The connected car changes the game/, { selector: 'blockquote' }),
    ).toHaveAttribute('lang', 'en');
    const projects = screen.getByRole('region', { name: 'Projects' });
    await userEvent.click(within(projects).getByRole('button', { name: /^Show all/ }));
    expect(
      within(projects).getByRole('heading', { name: /New vehicle configurator/ }),
    ).toBeInTheDocument();
    expect(projects).toHaveTextContent('Status: In progress');
    expect(projects).toHaveTextContent('Status: Ended, no outcome stated');
  });

  it('says who the person is linked to and through what', async () => {
    renderApp('/people/patrick-hoffstetter');
    const relations = await screen.findByRole('region', { name: 'Relations' });
    await userEvent.click(within(relations).getByRole('button', { name: /^Show all/ }));
    expect(relations).toHaveTextContent(
      'worked at SFR (2000 (year, stated) – 2005 (year, stated))',
    );
    expect(relations).toHaveTextContent('reports to the Chief Marketing Officer (Renault)');
    expect(relations).toHaveTextContent('runs project New vehicle configurator');
    expect(relations).toHaveTextContent('quoted by BFM Business (10 quotes)');
    expect(within(relations).getAllByRole('link', { name: 'BFM Business' })[0]).toHaveAttribute(
      'href',
      '/companies/bfm-business',
    );
  });

  it('links each quote’s topic tags to the quotes on that topic', async () => {
    renderApp('/people/patrick-hoffstetter?voice=interviewee');
    const quotes = await screen.findByRole('region', { name: 'Quotes' });
    const topics = within(quotes).getAllByRole('list', { name: 'Topics' })[0];
    if (!topics) throw new Error('no topic tags on the quote cards');
    const link = within(topics).getByRole('link', { name: 'Quotes on the topic “connected car”' });
    expect(link).toHaveAttribute('href', '/quotes?voice=interviewee&topic=connected-car');
  });

  it('says what the contents count where a bare number would not', async () => {
    renderApp('/people/patrick-pelata');
    const contents = await screen.findByRole('navigation', { name: 'On this page' });
    expect(
      within(contents).getByRole('link', { name: 'What each source says · 1 source' }),
    ).toBeInTheDocument();
    expect(
      within(contents).getByRole('link', {
        name: /^Relations · \d+ links to people and organizations$/,
      }),
    ).toBeInTheDocument();
    expect(within(contents).getByRole('link', { name: /^Roles \d+$/ })).toBeInTheDocument();
  });

  it('sets out what each source says', async () => {
    renderApp('/people/patrick-pelata');
    const bySource = await screen.findByRole('region', { name: 'What each source says' });
    expect(within(bySource).getByRole('region', { name: 'ITespresso.fr' })).toBeInTheDocument();
    expect(within(bySource).queryByRole('region', { name: 'BFM Business' })).toBeNull();
  });

  it('keeps to Pélata: nothing about Vizzavi or Mydeclic', async () => {
    renderApp('/people/patrick-pelata');
    await screen.findByRole('heading', { level: 1, name: 'Patrick Pélata' });
    expect(screen.getByRole('main')).not.toHaveTextContent(/Vizzavi|Mydeclic/i);
    expect(screen.getByRole('region', { name: 'Relations' })).toHaveTextContent(
      'worked at Renault',
    );
  });

  it('hides other voices when the URL asks for one, and says so', async () => {
    const { user } = renderApp('/people/patrick-hoffstetter?voice=interviewee');
    const notice = await screen.findByText(/Voice filter: only Interviewee records are shown/);
    expect(notice).toHaveTextContent(
      /\d+ records about Patrick Hoffstetter in other voices are hidden/,
    );
    const main = screen.getByRole('main');
    expect(within(main).queryByText('Journalist')).toBeNull();
    expect(within(main).getAllByText('Interviewee').length).toBeGreaterThan(5);

    await user.click(within(notice).getByRole('link', { name: 'Show every voice' }));
    expect(await within(main).findAllByText('Journalist')).not.toHaveLength(0);
    expect(screen.queryByText(/Voice filter: only/)).toBeNull();
  });

  it('names an unknown id and offers the known people', async () => {
    renderApp('/people/nobody');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No person with id “nobody”' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Patrick Pélata' })).toHaveAttribute(
      'href',
      '/people/patrick-pelata',
    );
  });
});
