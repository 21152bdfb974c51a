import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  file: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
}

export interface InitialAssets {
  assets: AssetSize[];
  jsGzipBytes: number;
  cssGzipBytes: number;
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of tag.matchAll(/([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = match[1];
    if (name) attrs.set(name.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

/**
 * What a first visit downloads before the app runs: the entry module, the modules it preloads
 * and the stylesheets named in dist/index.html, each gzipped at level 9. Lazy chunks are not
 * counted.
 */
export async function initialAssets(distDir: string): Promise<InitialAssets> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const files: { file: string; kind: 'js' | 'css' }[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag.replace(/^<\w+|>$/g, ''));
    if (tag.toLowerCase().startsWith('<script')) {
      const src = attrs.get('src');
      if (src && attrs.get('type') === 'module') files.push({ file: src, kind: 'js' });
    } else {
      const rel = attrs.get('rel');
      const href = attrs.get('href');
      if (href && rel === 'modulepreload') files.push({ file: href, kind: 'js' });
      if (href && rel === 'stylesheet') files.push({ file: href, kind: 'css' });
    }
  }
  if (!files.some((f) => f.kind === 'js'))
    throw new Error(`${distDir}/index.html names no module script`);
  const assets: AssetSize[] = [];
  for (const { file, kind } of files) {
    if (/^[a-z]+:|^\/\//i.test(file)) throw new Error(`index.html loads ${file} from elsewhere`);
    const content = await readFile(path.join(distDir, file.replace(/^\//, '')));
    assets.push({
      file,
      kind,
      bytes: content.length,
      gzipBytes: gzipSync(content, { level: 9 }).length,
    });
  }
  const sum = (kind: 'js' | 'css') =>
    assets.filter((a) => a.kind === kind).reduce((total, a) => total + a.gzipBytes, 0);
  return { assets, jsGzipBytes: sum('js'), cssGzipBytes: sum('css') };
}
