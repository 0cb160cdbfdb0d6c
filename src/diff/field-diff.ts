/**
 * Every field the node-by-node diff does not read, compared leaf by leaf, so a
 * change anywhere in the input is a change the reviewer is told of: the header
 * (number, date, place, subject, issuer, period), the basis conclusion, the
 * signer, the Lưu line, the closing, a decision's authority, proposal and
 * articles, a section's lead-in, a task's output. Lists of plain values are one
 * field ("VT, VP6"); lists of mappings are compared entry by entry.
 */

export interface FieldChange {
  readonly kind: 'field-changed';
  /** The field's path in the input, dotted: "document.number", "articles.2.clauses.0.text". */
  readonly field: string;
  /** What a reader calls it: "số văn bản", "Điều 3, khoản 1". */
  readonly label: string;
  /** The node it belongs to, when it belongs to one (a section's intro, a task's output), and where it prints. */
  readonly id?: string;
  readonly at?: string;
  readonly from?: string;
  readonly to?: string;
}

type Path = ReadonlyArray<string | number>;

/** The leaves of `value` under `path`, as printable strings. */
function leaves(value: unknown, path: Path, out: Map<string, { path: Path; text: string }>, skip: (p: Path) => boolean): void {
  if (skip(path)) return;
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      if (value.length > 0) out.set(path.join('.'), { path, text: value.map(String).join(', ') });
      return;
    }
    value.forEach((v, i) => leaves(v, [...path, i], out, skip));
    return;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out, skip);
    return;
  }
  out.set(path.join('.'), { path, text: String(value) });
}

export function fieldChanges(before: unknown, after: unknown, skip: (p: Path) => boolean, node?: { readonly id: string; readonly at: string }): FieldChange[] {
  const a = new Map<string, { path: Path; text: string }>();
  const b = new Map<string, { path: Path; text: string }>();
  leaves(before, [], a, skip);
  leaves(after, [], b, skip);
  const out: FieldChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const was = a.get(key);
    const now = b.get(key);
    if (was?.text === now?.text) continue;
    out.push({
      kind: 'field-changed', field: key, label: labelOf((now ?? was)!.path), ...(node ? { id: node.id, at: node.at } : {}),
      ...(was ? { from: was.text } : {}), ...(now ? { to: now.text } : {}),
    });
  }
  return out;
}

/** Names of the fields a reader knows by name; any other field is named by its path. */
const NAMES: Readonly<Record<string, string>> = {
  'document.number': 'số văn bản',
  'document.date': 'ngày ban hành',
  'document.place': 'địa danh',
  'document.subject': 'trích yếu',
  'document.issuer': 'cơ quan ban hành',
  'document.issuer_code': 'chữ viết tắt cơ quan ban hành',
  'document.parent_body': 'cơ quan chủ quản',
  'document.type': 'loại văn bản',
  'document.period.from': 'thời gian thực hiện (từ)',
  'document.period.to': 'thời gian thực hiện (đến)',
  'document.keywords': 'từ khóa',
  'basis.conclusion': 'câu dẫn sau căn cứ',
  'basis.layout': 'cách trình bày căn cứ',
  'basis.join': 'dấu nối các căn cứ',
  'basis.date_style': 'cách viết ngày của căn cứ',
  'signature.collective': 'tập thể lãnh đạo (chữ ký)',
  'signature.authority': 'thẩm quyền ký (KT., Q., TL., TUQ.)',
  'signature.head_title': 'chức vụ người đứng đầu (chữ ký)',
  'signature.title': 'chức vụ người ký',
  'signature.extra_titles': 'chức vụ khác của người ký',
  'signature.name': 'họ tên người ký',
  archive: 'nơi lưu (Lưu)',
  drafter_code: 'ký hiệu người soạn thảo',
  closing: 'đoạn kết',
  agencies: 'danh mục cơ quan',
  issuing_agency: 'cơ quan ban hành (trong danh mục)',
  authority: 'thẩm quyền ban hành',
  attachment: 'kế hoạch kèm theo',
  'proposal.by': 'cơ quan đề nghị',
  'proposal.type': 'loại văn bản đề nghị',
  'proposal.number': 'số văn bản đề nghị',
  'proposal.date': 'ngày văn bản đề nghị',
  'parent.plan': 'kế hoạch cấp trên',
  'appendices.outline': 'đề cương kèm theo',
  assignment_table: 'phụ lục phân công',
  'document.to': 'nơi gửi (Kính gửi)',
  outline: 'đề cương',
  agency: 'cơ quan báo cáo',
  intro: 'đoạn dẫn',
  outro: 'đoạn cuối',
  role: 'vai trò của mục',
  numbering: 'cách đánh số',
  output: 'sản phẩm',
  'timeframe.from': 'thời gian (từ)',
  'timeframe.to': 'thời gian (đến)',
  form: 'cách viết phân công',
  conjunction: 'từ nối các cơ quan',
  suffix: 'phần thêm sau phân công',
  standing: 'cơ quan thường trực',
  same_paragraph: 'viết liền đoạn trước',
  unit: 'đơn vị',
  comparator: 'phép so sánh',
  text: 'lời văn',
  lead: 'cơ quan chủ trì',
  support: 'cơ quan phối hợp',
  performers: 'cơ quan thực hiện',
  place: 'chỗ ghi phân công',
  reporting: 'báo cáo',
  title: 'tiêu đề',
};

export function labelOf(path: Path): string {
  const dotted = path.join('.');
  if (Object.hasOwn(NAMES, dotted)) return NAMES[dotted]!;
  // A decision's articles: "Điều 2, khoản 1, điểm b".
  if (path[0] === 'articles' && typeof path[1] === 'number') {
    const parts = [`Điều ${path[1] + 1}`];
    if (path[2] === 'clauses' && typeof path[3] === 'number') parts.push(`khoản ${path[3] + 1}`);
    if (path[4] === 'points' && typeof path[5] === 'number') parts.push(`điểm ${'abcdđeghiklmnopqrstuvxy'[path[5]] ?? path[5] + 1}`);
    if (path[2] === 'executors') parts.push('nơi thi hành');
    const last = path.at(-1);
    return typeof last === 'string' && last !== 'text' && last !== 'clauses' && Object.hasOwn(NAMES, last) ? `${parts.join(', ')} (${NAMES[last]})` : parts.join(', ');
  }
  const tail = path.filter((p) => typeof p === 'string').join('.');
  const last = path.at(-1);
  if (typeof last === 'string' && Object.hasOwn(NAMES, tail)) return NAMES[tail]!;
  // A known field deeper in: named, with where it stands ("lời văn ở answers.tinh-hinh-dien-bien").
  if (typeof last === 'string' && Object.hasOwn(NAMES, last)) return path.length > 1 ? `${NAMES[last]} ở ${path.slice(0, -1).join('.')}` : NAMES[last]!;
  return dotted;
}
