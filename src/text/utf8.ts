/** Text ⇄ UTF-8 bytes with the platform's own coders (for XML parts of a DOCX). */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const strToU8 = (text: string): Uint8Array => encoder.encode(text);
export const strFromU8 = (bytes: Uint8Array): string => decoder.decode(bytes);
