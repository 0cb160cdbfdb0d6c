import { describe, expect, it } from 'vitest';
import { formatNumber, Numberer, roman, vietnameseLetter } from '../../src/text/numbering.js';

describe('vietnameseLetter', () => {
  it('follows the decree: đ after d, no f j w z', () => {
    const first = Array.from({ length: 23 }, (_, i) => vietnameseLetter(i + 1)).join(' ');
    expect(first).toBe('a b c d đ e g h i k l m n o p q r s t u v x y');
    for (const letter of ['f', 'j', 'w', 'z']) expect(first.split(' ')).not.toContain(letter);
  });
  it('continues past y with two letters', () => {
    expect(vietnameseLetter(24)).toBe('aa');
    expect(vietnameseLetter(25)).toBe('ab');
  });
  it('rejects 0', () => expect(() => vietnameseLetter(0)).toThrow(RangeError));
});

describe('roman', () => {
  it.each([[1, 'I'], [4, 'IV'], [9, 'IX'], [14, 'XIV'], [40, 'XL'], [1994, 'MCMXCIV']])('%i → %s', (n, r) => {
    expect(roman(n)).toBe(r);
  });
});

describe('formatNumber', () => {
  it('prints each style as official documents do', () => {
    expect(formatNumber('roman', 2)).toBe('II.');
    expect(formatNumber('arabic', 3)).toBe('3.');
    expect(formatNumber('arabic-path', 1, [2])).toBe('2.1.');
    expect(formatNumber('letter', 5)).toBe('đ)');
    expect(formatNumber('dash', 7)).toBe('-');
    expect(formatNumber('plus', 1)).toBe('+');
  });
});

describe('Numberer', () => {
  it('numbers seed 001 style: I. / 1. / 2.1.', () => {
    const n = new Numberer(['roman', 'arabic', 'arabic-path', 'dash']);
    expect([n.next(0), n.next(1), n.next(1), n.next(2), n.next(2), n.next(0), n.next(1)]).toEqual(['I.', '1.', '2.', '2.1.', '2.2.', 'II.', '1.']);
  });
  it('numbers seed 002 style and resets deeper levels: I. / 1. / a) … đ)', () => {
    const n = new Numberer(['roman', 'arabic', 'letter', 'dash']);
    const got = [n.next(0), n.next(1), n.next(2), n.next(2), n.next(2), n.next(2), n.next(2), n.next(1), n.next(2)];
    expect(got).toEqual(['I.', '1.', 'a)', 'b)', 'c)', 'd)', 'đ)', '2.', 'a)']);
  });
});

describe('parenthesised numbers', () => {
  it('(1) (2) and 1) 2), counted like arabic', () => {
    expect([1, 2, 10].map((i) => formatNumber('paren-arabic', i))).toEqual(['(1)', '(2)', '(10)']);
    expect([1, 2, 10].map((i) => formatNumber('arabic-paren', i))).toEqual(['1)', '2)', '10)']);
    const n = new Numberer(['roman', 'paren-arabic']);
    expect([n.next(0), n.next(1), n.next(1), n.next(0), n.next(1)]).toEqual(['I.', '(1)', '(2)', 'II.', '(1)']);
  });
});
