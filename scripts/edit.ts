/**
 * `npm run edit -- --data <dir> [--port <n>]`: the dashboard over a data folder, with saving
 * enabled, on 127.0.0.1 only (default port 4174, folder public/data). A folder that does not
 * exist or is empty starts a new dossier; its manifest is written by the first save.
 * `npm run edit` builds first; this script serves the build in `dist/`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEditServer } from './lib/edit-server.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'public/data' },
    port: { type: 'string', default: '4174' },
    dist: { type: 'string', default: 'dist' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`--port takes a port number (found "${values.port}")`);
  process.exit(2);
}
const server = await startEditServer({
  dataDir: path.resolve(values.data),
  distDir: path.resolve(values.dist),
  port,
});
console.log(`Editing ${path.resolve(values.data)}`);
console.log(`  ${server.url}/  (saving enabled; Ctrl+C to stop)`);
const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
