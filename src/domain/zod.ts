// The configuration (no eval under the CSP, the "missing" message) is zod-mini.ts's: one core.
import './zod-mini.ts';

export { z } from 'zod';
