import type { Lang } from '../diagnostics/messages.js';

/** User-facing words of the CLI, Vietnamese first. */
const STRINGS = {
  vi: {
    description: 'Soạn Kế hoạch, Báo cáo đúng thể thức Nghị định 30/2020/NĐ-CP từ tệp YAML.',
    langOption: 'ngôn ngữ thông báo: vi (mặc định) hoặc en',
    validate: 'kiểm tra tệp kế hoạch (cú pháp, lược đồ, tham chiếu chéo)',
    validateFiles: 'các tệp kế hoạch YAML',
    formatOption: 'định dạng báo cáo lỗi: human (mặc định) hoặc json',
    build: 'dựng văn bản (DOCX, PDF) từ kế hoạch; thư mục: dựng mọi kế hoạch trong đó',
    fonts: 'cho biết phông chữ nào sẽ được nhúng vào PDF và vì sao',
    fontDirOption: 'thư mục phông chữ (Times New Roman hoặc Liberation Serif, đủ 4 kiểu); cũng đặt được bằng biến VANBAN_FONT_DIR',
    fontFamily: 'Họ phông',
    fontReason: 'Lý do',
    fontSubset: (yes: boolean) => (yes ? 'Nhúng: chỉ các ký tự dùng đến (subset)' : 'Nhúng: nguyên phông'),
    fontMissing: (why: string) => `Không tìm được phông chữ: ${why}`,
    buildPaths: 'các tệp hoặc thư mục kế hoạch',
    outOption: 'thư mục ghi kết quả',
    outputFormatOption: 'định dạng đầu ra, cách nhau bằng dấu phẩy',
    templatesOption: 'thư mục mẫu (Handlebars) thay thế mẫu mặc định',
    forceOption: 'ghi đè cả tệp không do vanban tạo hoặc đã được sửa',
    init: 'tạo kế hoạch mới và danh mục cơ quan từ mẫu khởi đầu',
    initName: 'tên tệp kế hoạch (không có .yaml)',
    helpOption: 'hiển thị trợ giúp',
    versionOption: 'hiển thị phiên bản',
    helpCommand: 'hiển thị trợ giúp cho lệnh',
    wrote: (p: string) => `Đã ghi ${p}`,
    noPlans: (p: string) => `Không tìm thấy kế hoạch nào trong ${p}`,
    unknownFormat: (f: string, known: string) => `Không hỗ trợ định dạng "${f}" (có: ${known})`,
    notOurs: (p: string) => `Không ghi đè ${p}: tệp này không do vanban tạo hoặc đã được sửa sau đó. Dùng --force nếu chắc chắn.`,
    exists: (p: string) => `Không ghi đè ${p}: tệp đã tồn tại. Dùng --force nếu chắc chắn.`,
    valid: (p: string) => `${p}: hợp lệ`,
    internal: 'Lỗi nội bộ của vanban (xin báo lại kèm tệp đầu vào):',
    next: (p: string) => `Tiếp theo: vanban validate ${p} && vanban build ${p}`,
  },
  en: {
    description: 'Draft Vietnamese plans and reports in the format of Decree 30/2020/ND-CP from YAML.',
    langOption: 'message language: vi (default) or en',
    validate: 'check plan files (syntax, schema, cross-references)',
    validateFiles: 'plan YAML files',
    formatOption: 'report format: human (default) or json',
    build: 'build documents (DOCX, PDF) from plans; a directory builds every plan in it',
    fonts: 'tell which font files PDFs will embed, and why',
    fontDirOption: 'font folder (Times New Roman or Liberation Serif, all 4 styles); VANBAN_FONT_DIR works too',
    fontFamily: 'Family',
    fontReason: 'Reason',
    fontSubset: (yes: boolean) => (yes ? 'Embedding: used glyphs only (subset)' : 'Embedding: whole font'),
    fontMissing: (why: string) => `No usable font: ${why}`,
    buildPaths: 'plan files or directories',
    outOption: 'output directory',
    outputFormatOption: 'output formats, comma-separated',
    templatesOption: 'template directory (Handlebars) overriding the defaults',
    forceOption: 'overwrite files vanban did not write or that were edited',
    init: 'create a new plan and agency registry from a starter',
    initName: 'plan file name (without .yaml)',
    helpOption: 'display help',
    versionOption: 'display version',
    helpCommand: 'display help for a command',
    wrote: (p: string) => `Wrote ${p}`,
    noPlans: (p: string) => `No plan found in ${p}`,
    unknownFormat: (f: string, known: string) => `Unsupported format "${f}" (known: ${known})`,
    notOurs: (p: string) => `Not overwriting ${p}: vanban did not write it, or it was edited since. Use --force if you are sure.`,
    exists: (p: string) => `Not overwriting ${p}: it exists. Use --force if you are sure.`,
    valid: (p: string) => `${p}: valid`,
    internal: 'vanban internal error (please report it with the input):',
    next: (p: string) => `Next: vanban validate ${p} && vanban build ${p}`,
  },
} as const;

export type Strings = (typeof STRINGS)['vi'];

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang] as Strings;
}

/** The language is needed before commander parses (help text is built first). */
export function langFromArgv(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return process.env.VANBAN_LANG === 'en' ? 'en' : 'vi';
  const value = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}
