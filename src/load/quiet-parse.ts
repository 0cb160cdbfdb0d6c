import { parse } from 'yaml';

/**
 * YAML already checked, or read only to compare (diff, import --into): parsed
 * without the library's own warnings, which would reach the user's terminal in
 * English ("Alias ending in : is ambiguous"); the checks say what is wrong.
 */
export const parseQuiet = (text: string): unknown => parse(text, { logLevel: 'error' });
