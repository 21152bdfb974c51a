/** The edit server's endpoints (`npm run edit`), shared by the server and the page. */
export const EDIT_API = { session: '/api/edit/session', save: '/api/edit/save' } as const;
/** The version of a file that is not on disk yet (a new file, a new dossier's manifest). */
export const ABSENT_VERSION = 'absent';
