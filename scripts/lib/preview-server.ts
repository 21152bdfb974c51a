import { spawn } from 'node:child_process';

export interface PreviewServer {
  url: string;
  close: () => void;
}

/**
 * Serves a build with `vite preview` on localhost and resolves once it answers. Vite is run
 * directly, not through npx, so that closing it stops the server rather than a wrapper.
 */
export async function startPreview(port: number, outDir = 'dist'): Promise<PreviewServer> {
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { stdio: 'ignore' },
  );
  let exited = false;
  server.on('exit', () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    if (exited)
      throw new Error(
        `vite preview exited: is port ${port} already in use, or is there no build in ${outDir}?`,
      );
    const ready = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, close: () => server.kill() };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${url}`);
}
