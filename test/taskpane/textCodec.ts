/** jsdom has no TextDecoder/TextEncoder; the file adapter needs them. Imported first by tests that open real files. */
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextDecoder, TextEncoder });
