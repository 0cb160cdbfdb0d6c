import { describe, expect, it } from 'vitest';
import type { PlanEvent } from '../../src/calendar/plan-events.js';
import { eventFingerprint, previousEvents, sequenceOf } from '../../src/calendar/sequence.js';

const event: PlanEvent = { uid: 'a.dot', summary: 'Đợt cao điểm', description: 'Từ 01/7 đến 30/9', start: '2024-07-01', end: '2024-09-30', precision: 'day' };

describe('SEQUENCE across rewrites of a calendar', () => {
  it('reads the old calendar\'s events, folded lines unfolded, and keeps, raises or starts each one\'s number', () => {
    const old = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a.d\r\n ot\r\nSEQUENCE:3\r\nX-VANBAN-FINGERPRINT:${eventFingerprint(event)}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    const previous = previousEvents(old);
    expect(previous.get('a.dot')).toEqual({ sequence: 3, fingerprint: eventFingerprint(event) });
    expect(sequenceOf(event, previous)).toBe(3);
    expect(sequenceOf({ ...event, end: '2024-10-31' }, previous)).toBe(4);
    expect(sequenceOf({ ...event, uid: 'b' }, previous)).toBe(0);
  });
});
