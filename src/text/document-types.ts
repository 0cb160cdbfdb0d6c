/** Document types of NĐ 30, Phụ lục III: abbreviation → name, as cited in running text. */
export const DOCUMENT_TYPES: Readonly<Record<string, { name: string; title: string }>> = {
  NQ: { name: 'Nghị quyết', title: 'NGHỊ QUYẾT' },
  QĐ: { name: 'Quyết định', title: 'QUYẾT ĐỊNH' },
  CT: { name: 'Chỉ thị', title: 'CHỈ THỊ' },
  QC: { name: 'Quy chế', title: 'QUY CHẾ' },
  QyĐ: { name: 'Quy định', title: 'QUY ĐỊNH' },
  TB: { name: 'Thông báo', title: 'THÔNG BÁO' },
  HD: { name: 'Hướng dẫn', title: 'HƯỚNG DẪN' },
  CTr: { name: 'Chương trình', title: 'CHƯƠNG TRÌNH' },
  KH: { name: 'Kế hoạch', title: 'KẾ HOẠCH' },
  PA: { name: 'Phương án', title: 'PHƯƠNG ÁN' },
  ĐA: { name: 'Đề án', title: 'ĐỀ ÁN' },
  BC: { name: 'Báo cáo', title: 'BÁO CÁO' },
  TTr: { name: 'Tờ trình', title: 'TỜ TRÌNH' },
  CV: { name: 'Công văn', title: '' },
  // Laws are cited by name rather than abbreviation, but a plan cites them as its basis too.
  L: { name: 'Luật', title: 'LUẬT' },
  NĐ: { name: 'Nghị định', title: 'NGHỊ ĐỊNH' },
  TT: { name: 'Thông tư', title: 'THÔNG TƯ' },
};

export function documentTypeName(code: string): string | undefined {
  return DOCUMENT_TYPES[code]?.name;
}
