function quotes(count: number): string {
  return count === 1 ? '1 quote' : `${count} quotes`;
}

/** The result count as a sentence: "3 quotes match “innovation”", "9 of 20 quotes pass the filter". */
export function describeCount(
  shown: number,
  total: number,
  query: string,
  filtered: boolean,
): string {
  if (query !== '') {
    const within = filtered ? ' within the filter' : '';
    if (shown === 0) return `No quote matches “${query}”${within}`;
    return `${quotes(shown)} ${shown === 1 ? 'matches' : 'match'} “${query}”${within}`;
  }
  if (filtered) return `${shown} of ${quotes(total)} ${shown === 1 ? 'passes' : 'pass'} the filter`;
  return quotes(total);
}
