/** jsdom has no TextEncoder/TextDecoder; the file adapter (fflate, the package patcher) needs them. Node's are the same API. */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

const g = globalThis as unknown as Record<string, unknown>;
g['TextDecoder'] ??= NodeTextDecoder;
g['TextEncoder'] ??= NodeTextEncoder;
