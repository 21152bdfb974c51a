import type { Organization } from './records.ts';

/** "Renault › Digital Factory": the organization's name after its ancestors'. */
export function organizationPath(
  index: { organizations: ReadonlyMap<string, Organization> },
  id: string,
): string {
  const names: string[] = [];
  const seen = new Set<string>();
  let current = index.organizations.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parent === null ? undefined : index.organizations.get(current.parent);
  }
  return names.join(' › ');
}
