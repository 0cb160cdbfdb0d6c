import type { PlanEvent } from './plan-events.js';

/**
 * SEQUENCE across rewrites of one calendar (RFC 5545 §3.8.7.4): an event whose date
 * or words changed since the calendar it replaces goes one higher, so that a phone or
 * Outlook that imported the old one takes the change; an unchanged event keeps its
 * number. What changed is told by a fingerprint of the event's own fields, written
 * with it (X-VANBAN-FINGERPRINT), so nothing but the old file is needed.
 */
export interface Previous {
  readonly sequence: number;
  readonly fingerprint?: string;
}

/** FNV-1a over the fields a calendar shows: not a security measure, a change detector. */
export function eventFingerprint(e: PlanEvent): string {
  const text = [e.start, e.end, e.summary, e.description, e.precision, e.repeat ? `${e.repeat.every}/${e.repeat.until}` : ''].join('\u0000');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Each event of a calendar vanban wrote, by UID: its SEQUENCE and fingerprint. */
export function previousEvents(ics: string): Map<string, Previous> {
  // Unfold: a line that begins with a space or a tab carries on the one above.
  const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const out = new Map<string, Previous>();
  let uid: string | undefined;
  let sequence = 0;
  let fingerprint: string | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') [uid, sequence, fingerprint] = [undefined, 0, undefined];
    else if (line.startsWith('UID:')) uid = line.slice(4);
    else if (/^SEQUENCE:\d+$/.test(line)) sequence = Number(line.slice(9));
    else if (line.startsWith('X-VANBAN-FINGERPRINT:')) fingerprint = line.slice('X-VANBAN-FINGERPRINT:'.length);
    else if (line === 'END:VEVENT' && uid !== undefined) out.set(uid, { sequence, ...(fingerprint ? { fingerprint } : {}) });
  }
  return out;
}

/** The SEQUENCE an event takes, given the calendar it replaces (none: 0). */
export function sequenceOf(e: PlanEvent, previous: ReadonlyMap<string, Previous>): number {
  const before = previous.get(e.uid);
  if (!before) return 0;
  return before.fingerprint === eventFingerprint(e) ? before.sequence : before.sequence + 1;
}
