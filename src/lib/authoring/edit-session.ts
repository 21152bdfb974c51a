import { queryOptions } from '@tanstack/react-query';
import { z } from '../../domain/zod.ts';
import type { Problem } from '../../domain/problem.ts';
import type { PlannedFile } from '../../domain/authoring/save-plan.ts';
import { EDIT_API } from '../../domain/authoring/edit-api.ts';

const SessionSchema = z.object({ editing: z.literal(true), folder: z.string() });

/**
 * Whether saving to the data folder is on: the edit server answers its session endpoint with
 * JSON; a static server (`npm start`, any host) answers 404 or with the app's index.html.
 */
export const editSessionQuery = queryOptions({
  queryKey: ['edit-session'],
  queryFn: async (): Promise<{ folder: string } | null> => {
    try {
      const response = await fetch(EDIT_API.session, { headers: { accept: 'application/json' } });
      if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json'))
        return null;
      const parsed = SessionSchema.safeParse(await response.json());
      return parsed.success ? { folder: parsed.data.folder } : null;
    } catch {
      return null;
    }
  },
  staleTime: Infinity,
  retry: false,
});

const ProblemSchema = z.object({
  file: z.string(),
  record: z.string().nullable(),
  path: z.string(),
  message: z.string(),
});
const SavedSchema = z.object({
  saved: z.array(z.string()),
  versions: z.record(z.string(), z.string()),
});
const RefusedSchema = z.object({
  error: z.string(),
  file: z.string().optional(),
  problems: z.array(ProblemSchema).optional(),
});

export type SaveOutcome =
  | { ok: true; saved: string[]; versions: Record<string, string> }
  | {
      ok: false;
      /** `network`: no answer; `changed`: a file changed on disk (409); `refused`: check-data's problems (422). */
      reason: 'network' | 'changed' | 'refused' | 'error';
      message: string;
      file?: string;
      problems: Problem[];
    };

/**
 * Sends a save: every changed file with the version it was read at, so the server refuses
 * one changed on disk since. The server checks the whole folder before writing anything.
 */
export async function saveToDataFolder(
  files: readonly PlannedFile[],
  versionOf: (path: string) => string,
): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(EDIT_API.save, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        files: files.map((file) => ({ ...file, base: versionOf(file.path) })),
      }),
    });
  } catch (error) {
    return {
      ok: false,
      reason: 'network',
      message: error instanceof Error ? error.message : String(error),
      problems: [],
    };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const saved = SavedSchema.safeParse(body);
    if (saved.success) return { ok: true, ...saved.data };
  }
  const refused = RefusedSchema.safeParse(body);
  if (refused.success) {
    const { error, file, problems } = refused.data;
    const reason =
      response.status === 409 ? 'changed' : response.status === 422 ? 'refused' : 'error';
    return {
      ok: false,
      reason,
      message: error,
      ...(file === undefined ? {} : { file }),
      problems: problems ?? [],
    };
  }
  return { ok: false, reason: 'error', message: `HTTP ${response.status}`, problems: [] };
}
