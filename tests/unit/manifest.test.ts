import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Manifest, MANIFEST, sha256 } from '../../src/project/manifest.js';

const bytes = (s: string) => new TextEncoder().encode(s);
/** A pid no process has here (above the kernel's default pid_max of 4,194,304). */
const DEAD = 4_194_999;

describe('Manifest: a journal a run, folded into the manifest at the end', () => {
  it('records before the rename, so what a killed run left is still known; folds dead runs\' journals and keeps each file\'s current hash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-manifest-'));
    // A killed run: it recorded two files, renamed one (a.pdf), died before the other (b.pdf keeps older bytes).
    writeFileSync(join(dir, 'a.pdf'), 'A2');
    writeFileSync(join(dir, 'b.pdf'), 'B1');
    writeFileSync(join(dir, MANIFEST), JSON.stringify({ 'b.pdf': sha256(bytes('B1')), 'gone.pdf': sha256(bytes('G')) }));
    writeFileSync(join(dir, `.vanban-manifest.${DEAD}.journal`), `${sha256(bytes('A2'))} "a.pdf"\n${sha256(bytes('B2'))} "b.pdf"\n${sha256(bytes('G2'))} "gone.pdf"\n0123 "cut sh`);
    writeFileSync(join(dir, `a.pdf.${DEAD}-3.tmp`), 'half');
    writeFileSync(join(dir, 'nhat-ky.2024.tmp'), 'a user\'s own file');
    const m = new Manifest(dir);
    expect(m.accepts('a.pdf', sha256(bytes('A2')))).toBe(true);
    expect(m.accepts('b.pdf', sha256(bytes('B1')))).toBe(true);
    expect(m.accepts('b.pdf', sha256(bytes('edited')))).toBe(false);
    // The dead run's temporary file is gone; a file that only looks like one is not.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual(['nhat-ky.2024.tmp']);
    m.record('c.pdf', sha256(bytes('C')));
    writeFileSync(join(dir, 'c.pdf'), 'C');
    m.flush();
    expect(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'))).toEqual({ 'a.pdf': sha256(bytes('A2')), 'b.pdf': sha256(bytes('B1')), 'c.pdf': sha256(bytes('C')) });
    expect(readdirSync(dir).filter((f) => f.endsWith('.journal'))).toEqual([]);
  });

  it('leaves a live run\'s journal for it to fold, and reads it meanwhile; a live run\'s lock defers the fold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-manifest-live-'));
    // process.ppid: a process that is surely alive, not this one.
    const live = `.vanban-manifest.${process.ppid}.journal`;
    writeFileSync(join(dir, 'x.pdf'), 'X');
    writeFileSync(join(dir, live), `${sha256(bytes('X'))} "x.pdf"\n`);
    const m = new Manifest(dir);
    expect(m.accepts('x.pdf', sha256(bytes('X')))).toBe(true);
    m.record('y.pdf', sha256(bytes('Y')));
    writeFileSync(join(dir, 'y.pdf'), 'Y');
    writeFileSync(join(dir, '.vanban-manifest.lock'), String(process.ppid));
    m.flush();
    expect(existsSync(join(dir, MANIFEST))).toBe(false);
    writeFileSync(join(dir, '.vanban-manifest.lock'), String(DEAD));
    m.flush();
    expect(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'))).toEqual({ 'y.pdf': sha256(bytes('Y')) });
    expect(readdirSync(dir).filter((f) => f.endsWith('.journal'))).toEqual([live]);
  });
});
