import { describe, expect, it } from 'vitest';
import { agencyPhrase, DEFAULT_PHRASES, joinAgencies, type PhraseAgency } from '../../src/text/agency-phrase.js';
import { numberLine } from '../../src/text/ky-hieu.js';
import { recipientLines } from '../../src/text/recipients.js';
import { signatureLines } from '../../src/text/signature.js';
import { slugify } from '../../src/text/slug.js';

const a = (name: string): PhraseAgency => ({ name, group: false });
const g = (name: string): PhraseAgency => ({ name, group: true });
const CA = a('Công an tỉnh');
const SO_NGANH = g('các sở, ngành');
const HUYEN = g('UBND các huyện, thành phố');

describe('agencyPhrase (the variants of seed 001)', () => {
  it('asks a body the issuer does not direct: "Đề nghị …", in every form, only when every first-named body is one', () => {
    const vks: PhraseAgency = { name: 'Viện kiểm sát nhân dân tỉnh', group: false, external: true };
    expect(agencyPhrase({ lead: [vks], support: [CA], performers: [] })).toBe('Đề nghị Viện kiểm sát nhân dân tỉnh chủ trì, phối hợp với Công an tỉnh thực hiện');
    expect(agencyPhrase({ lead: [vks], support: [], performers: [] })).toBe('Đề nghị Viện kiểm sát nhân dân tỉnh chủ trì thực hiện');
    expect(agencyPhrase({ lead: [vks], support: [CA], performers: [], form: 'lead-in' })).toBe('Đề nghị Viện kiểm sát nhân dân tỉnh chủ trì, phối hợp với Công an tỉnh');
    expect(agencyPhrase({ lead: [], support: [], performers: [vks] })).toBe('Đề nghị Viện kiểm sát nhân dân tỉnh thực hiện');
    // Led with a body it directs: assigned as any task is.
    expect(agencyPhrase({ lead: [CA, vks], support: [], performers: [] })).toBe('Công an tỉnh, Viện kiểm sát nhân dân tỉnh chủ trì thực hiện');
  });
  it('lead only', () => {
    expect(agencyPhrase({ lead: [CA], support: [], performers: [] })).toBe('Công an tỉnh chủ trì thực hiện');
  });
  it('lead with support', () => {
    expect(agencyPhrase({ lead: [CA], support: [a('Sở Giáo dục và Đào tạo'), HUYEN], performers: [] }))
      .toBe('Công an tỉnh chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND các huyện, thành phố thực hiện');
  });
  it('lead then support, with a suffix', () => {
    expect(agencyPhrase({
      lead: [CA, a('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh')], support: [SO_NGANH, HUYEN], performers: [],
      form: 'lead-then-support', suffix: 'theo chức năng, nhiệm vụ',
    })).toBe('Công an tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì; các sở, ngành, UBND các huyện, thành phố phối hợp thực hiện theo chức năng, nhiệm vụ');
  });
  it('joint leads that coordinate', () => {
    expect(agencyPhrase({ lead: [CA, a('Bộ Chỉ huy Bộ đội Biên phòng tỉnh')], support: [SO_NGANH, HUYEN], performers: [], form: 'coordinate' }))
      .toBe('Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với các sở, ngành, UBND các huyện, thành phố thực hiện');
  });
  it('performers joined with "và" before the groups', () => {
    expect(agencyPhrase({ lead: [], support: [], performers: [CA, a('Báo Ninh Bình'), SO_NGANH, HUYEN], conjunction: 'and' }))
      .toBe('Công an tỉnh, Báo Ninh Bình và các sở, ngành, UBND các huyện, thành phố thực hiện');
  });
  it('two groups joined by "và"', () => {
    expect(joinAgencies([g('các sở, ngành thành viên'), HUYEN], 'and')).toBe('các sở, ngành thành viên và UBND các huyện, thành phố');
  });
  it('nobody assigned gives no phrase', () => {
    expect(agencyPhrase({ lead: [], support: [], performers: [] })).toBe('');
  });
});

describe('numberLine', () => {
  it('pads numbers below 10', () => {
    expect(numberLine({ number: 5, typeCode: 'KH', issuerCode: 'UBND' })).toBe('Số: 05/KH-UBND');
    expect(numberLine({ number: 22, typeCode: 'KH', issuerCode: 'BCĐ' })).toBe('Số: 22/KH-BCĐ');
    // A legal document's ký hiệu carries its year (Luật Ban hành văn bản quy phạm pháp luật).
    expect(numberLine({ number: 6, year: 2024, typeCode: 'QĐ', issuerCode: 'UBND' })).toBe('Số: 06/2024/QĐ-UBND');
  });
  it('leaves room for the number on a draft', () => {
    // Room the layout keeps (no-break spaces): "Số: /BC-UBND" left the Văn thư none (issue 26).
    expect(numberLine({ typeCode: 'BC', issuerCode: 'UBND' })).toBe(`Số: ${'\u00A0'.repeat(8)}/BC-UBND`);
  });
});

describe('signatureLines', () => {
  it('TM. / KT. / title for a people\'s committee', () => {
    expect(signatureLines({ collective: 'Ủy ban nhân dân', authority: 'KT.', headTitle: 'Chủ tịch', title: 'Phó Chủ tịch' }))
      .toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });
});

describe('recipientLines', () => {
  it('ends items with ";" and the archive line with "."', () => {
    expect(recipientLines(['Văn phòng Chính phủ', 'UBND các huyện, thành phố;'], ['VT', 'VP6']))
      .toEqual(['- Văn phòng Chính phủ;', '- UBND các huyện, thành phố;', '- Lưu: VT, VP6.']);
  });
  it('starts every line with a capital: a group named mid-sentence too (issue 26)', () => {
    expect(recipientLines(['các sở, ban, ngành thành viên', 'như trên', 'đoàn Đại biểu Quốc hội tỉnh'], [])).toEqual(['- Các sở, ban, ngành thành viên;', '- Như trên;', '- Đoàn Đại biểu Quốc hội tỉnh.']);
  });
});

describe('slugify', () => {
  it('makes ASCII kebab-case ids', () => {
    expect(slugify('Sở Tư pháp')).toBe('so-tu-phap');
    expect(slugify('Công an tỉnh')).toBe('cong-an-tinh');
    expect(slugify('UBND các huyện, thành phố')).toBe('ubnd-cac-huyen-thanh-pho');
    expect(slugify('Đài Phát thanh và Truyền hình')).toBe('dai-phat-thanh-va-truyen-hinh');
  });
});

describe('agencyPhrase: the forms real plans add, and a province\'s own table', () => {
  it('lead-in, with and without others', () => {
    expect(agencyPhrase({ lead: [a('Sở Tư pháp')], support: [CA], performers: [], form: 'lead-in' })).toBe('Giao Sở Tư pháp chủ trì, phối hợp với Công an tỉnh');
    expect(agencyPhrase({ lead: [a('Sở Tư pháp')], support: [], performers: [], form: 'lead-in' })).toBe('Giao Sở Tư pháp');
  });
  it('the standing role (Cơ quan thường trực)', () => {
    expect(agencyPhrase({ lead: [CA], support: [], performers: [], form: 'standing', standing: 'Cơ quan thường trực Ban Chỉ đạo 138 tỉnh' }))
      .toBe('Công an tỉnh là Cơ quan thường trực Ban Chỉ đạo 138 tỉnh, chủ trì thực hiện');
    expect(agencyPhrase({ lead: [CA], support: [SO_NGANH], performers: [], form: 'standing', standing: 'Cơ quan thường trực' }))
      .toBe('Công an tỉnh là Cơ quan thường trực, chủ trì, phối hợp với các sở, ngành thực hiện');
  });
  it('reads its patterns from the table it is given', () => {
    const table = { ...DEFAULT_PHRASES, 'lead-alone': '{lead} chịu trách nhiệm {act}' };
    expect(agencyPhrase({ lead: [CA], support: [], performers: [], suffix: 'theo chức năng' }, table)).toBe('Công an tỉnh chịu trách nhiệm thực hiện theo chức năng');
  });
});

describe('a cited số, ký hiệu', () => {
  it('pads like the document itself, marks a draft, and makes the attachment line', async () => {
    const { citedKyHieu, attachedToLine } = await import('../../src/text/ky-hieu.js');
    expect(citedKyHieu({ number: 5, typeCode: 'KH', issuerCode: 'UBND' })).toBe('05/KH-UBND');
    expect(citedKyHieu({ typeCode: 'KH', issuerCode: 'BCĐ' })).toBe('…/KH-BCĐ');
    expect(attachedToLine('Quyết định', { number: 3521, typeCode: 'QĐ', issuerCode: 'UBND' }, '12/12/2016', 'Ủy ban nhân dân tỉnh Đồng Nai'))
      .toBe('(Kèm theo Quyết định số 3521/QĐ-UBND ngày 12/12/2016 của Ủy ban nhân dân tỉnh Đồng Nai)');
  });
});
