/**
 * Every diagnostic code with its message in Vietnamese and English. Codes are
 * stable: tools and tests match on them, people read the message.
 */
import { yamlProblem } from './yaml-problems.js';

export type Lang = 'vi' | 'en';

const KIND_VI: Record<string, string> = { plan: 'kế hoạch', outline: 'đề cương', report: 'báo cáo', agencies: 'danh mục cơ quan', decision: 'quyết định', progress: 'báo cáo kết quả thực hiện kế hoạch' };

const UNREADABLE_VI: Record<string, string> = {
  missing: 'không tồn tại', directory: 'là một thư mục', 'not-regular': 'không phải tệp thường (FIFO, thiết bị…)',
  'too-large': 'tệp quá lớn', denied: 'không có quyền đọc', io: 'lỗi đọc đĩa',
};
const UNREADABLE_EN: Record<string, string> = {
  missing: 'not found', directory: 'it is a folder', 'not-regular': 'not a regular file (FIFO, device…)',
  'too-large': 'file too large', denied: 'permission denied', io: 'read error',
};
type Args = Readonly<Record<string, string | number>>;
type Message = (a: Args) => string;

const spaces = (n: unknown) => `${String(n)} ${Number(n) === 1 ? 'space' : 'spaces'}`;

const MESSAGES: Record<string, { vi: Message; en: Message }> = {
  'file-unreadable': {
    vi: (a) => `Không đọc được tệp: ${UNREADABLE_VI[String(a.reason)] ?? a.reason}${a.limit ? ` (tối đa ${a.limit} byte)` : ''}`,
    en: (a) => `Cannot read the file: ${UNREADABLE_EN[String(a.reason)] ?? a.reason}${a.limit ? ` (at most ${a.limit} bytes)` : ''}`,
  },
  'file-not-utf8': {
    vi: (a) => `Tệp không phải UTF-8 (byte ${a.byte}; có vẻ là mã ${a.encoding}). Hãy mở tệp và lưu lại với bảng mã UTF-8`,
    en: (a) => `The file is not UTF-8 (byte ${a.byte}; it looks like ${a.encoding}). Open it and save it again as UTF-8`,
  },
  'yaml-too-deep': {
    vi: (a) => `Các khối lồng nhau quá sâu (quá ${a.limit} cấp); văn bản thật không cần đến vậy`,
    en: (a) => `Collections nested too deep (more than ${a.limit} levels); no real document needs that many`,
  },
  'yaml-unknown-alias': {
    vi: (a) => `Bí danh "*${a.name}" không trỏ tới neo "&${a.name}" nào đặt trước nó`,
    en: (a) => `Alias "*${a.name}" names no anchor "&${a.name}" set before it`,
  },
  'yaml-too-many-aliases': {
    vi: (a) => `Quá nhiều bí danh (*…) trong một tệp (tối đa ${a.limit})`,
    en: (a) => `Too many aliases (*…) in one file (at most ${a.limit})`,
  },
  'yaml-alias-expansion': {
    vi: (a) => `Các bí danh (*…) làm tệp phình ra quá lớn (${a.expanded} đơn vị, cho phép ${a.allowed}); hãy viết thẳng nội dung thay vì lặp bí danh`,
    en: (a) => `Aliases (*…) expand the file too far (${a.expanded} units, ${a.allowed} allowed); write the content out instead of repeating aliases`,
  },
  'text-control-char': {
    vi: (a) => `Văn bản chứa ký tự điều khiển ${a.char}, không in được trong văn bản (thường do dán từ phần mềm khác); hãy xóa ký tự này`,
    en: (a) => `The text holds the control character ${a.char}, which no document can print (often pasted from another program); delete it`,
  },
  'yaml-syntax': {
    vi: (a) => (a.hint === 'value-ends-with-colon'
      ? 'Lỗi cú pháp YAML: câu kết thúc bằng dấu ":" phải đặt trong ngoặc kép hoặc viết dạng khối (>-)'
      : `Lỗi cú pháp YAML: ${yamlProblem(String(a.problem ?? ''), String(a.detail))?.vi ?? `${a.detail} (thông báo của bộ đọc YAML)`}`),
    en: (a) => (a.hint === 'value-ends-with-colon'
      ? 'YAML syntax error: text ending in ":" must be quoted or written as a block (>-)'
      : `YAML syntax error: ${yamlProblem(String(a.problem ?? ''), String(a.detail))?.en ?? a.detail}`),
  },
  'yaml-indent': {
    vi: (a) => (a.kind === 'tab'
      ? `Lỗi thụt lề: dòng này thụt lề bằng phím Tab — YAML chỉ nhận dấu cách; thay phần thụt lề bằng ${a.fixed} dấu cách (như các dòng cùng cấp ở trên). Phần còn lại của tệp được kiểm tra như sau khi sửa`
      : `Lỗi thụt lề: dòng này thụt ${a.found} dấu cách, các dòng cùng cấp ở trên thụt ${a.fixed} — ${Number(a.found) > Number(a.fixed) ? 'bớt' : 'thêm'} ${Math.abs(Number(a.found) - Number(a.fixed))} dấu cách. Phần còn lại của tệp được kiểm tra như sau khi sửa`),
    en: (a) => (a.kind === 'tab'
      ? `Indentation: this line is indented with Tab — YAML takes spaces only; indent it with ${spaces(a.fixed)} (as the lines of its level above). The rest of the file is checked as if fixed`
      : `Indentation: this line is indented ${spaces(a.found)}, the lines of its level above ${a.fixed} — ${Number(a.found) > Number(a.fixed) ? 'remove' : 'add'} ${Math.abs(Number(a.found) - Number(a.fixed))}. The rest of the file is checked as if fixed`),
  },
  'yaml-duplicate-key': {
    vi: (a) => `Khóa "${a.key}" bị lặp lại trong cùng một khối`,
    en: (a) => `Key "${a.key}" appears twice in the same mapping`,
  },
  'unknown-kind': {
    vi: (a) => `Không rõ loại tệp "${a.kind}"; cần "plan", "agencies", "outline" hoặc "report"`,
    en: (a) => `Unknown file kind "${a.kind}"; expected "plan", "agencies", "outline" or "report"`,
  },
  'schema-required': {
    vi: (a) => `Thiếu trường bắt buộc "${a.property}"`,
    en: (a) => `Missing required field "${a.property}"`,
  },
  'schema-type': {
    vi: (a) => `Sai kiểu dữ liệu: cần ${typeVi(String(a.expected))}`,
    en: (a) => `Wrong type: expected ${a.expected}`,
  },
  'schema-enum': {
    vi: (a) => `Giá trị không hợp lệ; chỉ nhận: ${a.allowed}`,
    en: (a) => `Value not allowed; expected one of: ${a.allowed}`,
  },
  'schema-unknown-field': {
    vi: (a) => `Trường "${a.property}" không có trong lược đồ (gõ nhầm tên?)`,
    en: (a) => `Field "${a.property}" is not in the schema (a typo?)`,
  },
  'schema-pattern': {
    vi: (a) => `Giá trị "${a.value}" không đúng định dạng ${a.what}${a.iso ? `: viết ${a.iso} (vanban lint --fix sửa)` : ''}`,
    en: (a) => `Value "${a.value}" does not match the ${a.what} format${a.iso ? `: write ${a.iso} (vanban lint --fix fixes it)` : ''}`,
  },
  'schema-range': {
    vi: (a) => `Giá trị ${a.value} nằm ngoài khoảng cho phép (${a.limit})`,
    en: (a) => `Value ${a.value} is out of range (${a.limit})`,
  },
  'schema-size': {
    vi: (a) => `Số phần tử hoặc độ dài không hợp lệ (${a.limit})`,
    en: (a) => `Wrong number of items or length (${a.limit})`,
  },
  'schema-invalid': {
    vi: (a) => `Giá trị không hợp lệ: ${a.detail}`,
    en: (a) => `Invalid value: ${a.detail}`,
  },
  'invalid-date': {
    vi: (a) => `Ngày "${a.value}" không tồn tại hoặc sai định dạng (cần YYYY-MM-DD, ví dụ 2024-02-05)`,
    en: (a) => `Date "${a.value}" does not exist or is malformed (expected YYYY-MM-DD, e.g. 2024-02-05)`,
  },
  'invalid-day-month': {
    vi: (a) => `Hạn "${a.value}" không hợp lệ (cần MM-DD, ví dụ 05-15 cho ngày 15/5)`,
    en: (a) => `Due day "${a.value}" is invalid (expected MM-DD, e.g. 05-15 for 15 May)`,
  },
  'period-reversed': {
    vi: (a) => `Thời gian bắt đầu ${a.from} sau thời gian kết thúc ${a.to}`,
    en: (a) => `Start ${a.from} is after end ${a.to}`,
  },
  'date-outside-period': {
    vi: (a) => `Thời hạn ${a.value} nằm ngoài thời gian của kế hoạch (${a.from} – ${a.to})`,
    en: (a) => `Deadline ${a.value} is outside the plan's period (${a.from} – ${a.to})`,
  },
  'unknown-agency': {
    vi: (a) => `Không có cơ quan "${a.id}" trong danh mục cơ quan${a.hint ? `; có phải "${a.hint}"?` : ''}`,
    en: (a) => `No agency "${a.id}" in the agency registry${a.hint ? `; did you mean "${a.hint}"?` : ''}`,
  },
  'duplicate-id': {
    vi: (a) => `Mã "${a.id}" đã dùng ở dòng ${a.firstLine}; mỗi mã chỉ được dùng một lần`,
    en: (a) => `Id "${a.id}" is already used at line ${a.firstLine}; ids must be unique`,
  },
  'lead-also-support': {
    vi: (a) => `Cơ quan "${a.id}" vừa chủ trì vừa phối hợp cùng một nhiệm vụ`,
    en: (a) => `Agency "${a.id}" both leads and supports the same task`,
  },
  'unknown-task': {
    vi: (a) => `Kế hoạch không có nhiệm vụ mã "${a.id}"`,
    en: (a) => `The plan has no task "${a.id}"`,
  },
  'task-not-given': {
    vi: (a) => `Kế hoạch không giao nhiệm vụ "${a.id}" cho "${a.agency}" (kể cả qua nhóm)`,
    en: (a) => `The plan does not give task "${a.id}" to "${a.agency}" (not even through a group)`,
  },
  'progress-unfilled': {
    vi: (a) => `Nhiệm vụ "${a.id}" chưa ghi tình trạng (status): hoan-thanh, dang-thuc-hien hoặc chua-thuc-hien`,
    en: (a) => `Task "${a.id}" has no status yet: hoan-thanh, dang-thuc-hien or chua-thuc-hien`,
  },
  'wrong-kind': {
    vi: (a) => `Tệp này là ${KIND_VI[String(a.found)] ?? a.found} (kind: ${a.found}), ở đây cần ${KIND_VI[String(a.expected)] ?? a.expected} (kind: ${a.expected})`,
    en: (a) => `This file is a ${a.found} (kind: ${a.found}); a ${a.expected} is needed here`,
  },
  'article-empty': {
    vi: (a) => `Điều ${a.n} không có nội dung: cần text, clauses hoặc executors`,
    en: (a) => `Article ${a.n} is empty: it needs text, clauses or executors`,
  },
  'citation-incomplete': {
    vi: (a) => `Căn cứ thiếu ${a.fields}: một văn bản được viện dẫn cần relation, type, date và số (number) hoặc tên (title); một đoạn viết sẵn thì chỉ ghi text`,
    en: (a) => `The citation lacks ${a.fields}: a cited document needs relation, type, date and a number or a title; a written paragraph has text alone`,
  },
  'citation-text-mixed': {
    vi: (a) => `Căn cứ có text (đoạn viết sẵn, in nguyên văn) thì không ghi thêm "${a.field}"`,
    en: (a) => `A citation with text (a written paragraph, printed as is) takes no "${a.field}"`,
  },
  'typed-number': {
    vi: (a) => `Văn bản bắt đầu bằng số thứ tự gõ tay "${a.typed}": vanban tự đánh số, nên sẽ in hai lần; hãy xóa "${a.typed}" ở đầu`,
    en: (a) => `The text starts with a typed number "${a.typed}": vanban numbers it, so it would print twice; delete the leading "${a.typed}"`,
  },
  'blank-text': {
    vi: (a) => `"${a.key}" để trống: ở đây cần có chữ`,
    en: (a) => `"${a.key}" is blank: text is required here`,
  },
  'empty-section': {
    vi: (a) => `Mục "${a.id}" không có nội dung`,
    en: (a) => `Section "${a.id}" has no content`,
  },
  'section-mixed-children': {
    vi: (a) => `Mục "${a.id}" có cả "${a.first}" và "${a.second}": một mục chỉ chứa một danh sách con (vanban in chúng theo thứ tự cố định, không theo thứ tự viết); chuyển "${a.second}" vào một mục con riêng, hoặc đưa đoạn dẫn vào "intro"`,
    en: (a) => `Section "${a.id}" holds both "${a.first}" and "${a.second}": a section holds one child list (vanban would print them in a fixed order, not as written); move "${a.second}" into a sub-section of its own, or the lead-in into "intro"`,
  },
  'not-nfc': {
    vi: () => `Văn bản không ở dạng Unicode dựng sẵn (NFC); dấu tiếng Việt bị tách rời — hãy chuẩn hóa về NFC`,
    en: () => `Text is not in Unicode NFC; Vietnamese marks are decomposed — normalise to NFC`,
  },
  'legacy-encoding': {
    vi: (a) => `Văn bản có vẻ bị sai bảng mã (${a.encoding}): "${a.sample}" — ${a.converted ? `chuyển sang Unicode là "${a.converted}" (vanban lint --fix sửa)${a.lost ? '; TCVN3 không có chữ hoa có dấu: chữ in hoa gõ bằng phông .VnTimeH có thể thành chữ thường — soát lại chữ hoa' : ''}` : 'hãy chuyển sang Unicode'}`,
    en: (a) => `Text looks mis-encoded (${a.encoding}): "${a.sample}" — ${a.converted ? `in Unicode it reads "${a.converted}" (vanban lint --fix converts it)${a.lost ? '; TCVN3 has no capitals with tone marks: capitals typed in .VnTimeH may come back in lower case — check them' : ''}` : 'convert it to Unicode'}`,
  },
  'unknown-target-ref': {
    vi: (a) => `Tham chiếu {target:${a.id}} không trỏ tới chỉ tiêu nào của mục này`,
    en: (a) => `Reference {target:${a.id}} names no target of this item`,
  },
  'target-not-placed': {
    vi: (a) => `Chỉ tiêu "${a.id}" chưa được đặt vào văn bản bằng {target:${a.id}}`,
    en: (a) => `Target "${a.id}" is not placed in the text with {target:${a.id}}`,
  },
  'signature-incomplete': {
    vi: (a) => `Khối chữ ký thiếu "${a.field}" khi dùng thẩm quyền ${a.authority}`,
    en: (a) => `Signature lacks "${a.field}" for authority ${a.authority}`,
  },
  'path-outside-project': {
    vi: (a) => `Đường dẫn "${a.path}" trỏ ra ngoài thư mục dự án (${a.root}); vanban chỉ đọc tệp trong dự án. Hãy chép tệp vào dự án, đặt vanban.config.yaml ở thư mục gốc chung, hoặc dùng --root`,
    en: (a) => `Path "${a.path}" points outside the project folder (${a.root}); vanban reads only files inside the project. Copy the file in, put vanban.config.yaml in a common parent folder, or use --root`,
  },
  'reference-unreadable': {
    vi: (a) => `Không đọc được tệp "${a.path}": ${UNREADABLE_VI[String(a.reason)] ?? a.reason}${a.limit ? ` (tối đa ${a.limit} byte)` : ''}`,
    en: (a) => `Cannot read "${a.path}": ${UNREADABLE_EN[String(a.reason)] ?? a.reason}${a.limit ? ` (at most ${a.limit} bytes)` : ''}`,
  },
  'signer-name-missing': {
    vi: () => 'Văn bản đã có số mà chưa có họ tên người ký (signature.name): ghi họ tên, hoặc bỏ số nếu còn là bản dự thảo',
    en: () => 'The document has a number but no signer\'s name (signature.name): write the name, or leave the number out while it is a draft',
  },
  'registry-missing': {
    vi: (a) => `Không tìm thấy tệp danh mục cơ quan "${a.path}"${String(a.path).includes('\\') ? ` — đường dẫn trong YAML dùng dấu "/", cả trên Windows: "${String(a.path).replace(/\\/g, '/')}"` : ''}`,
    en: (a) => `Agency registry file "${a.path}" not found${String(a.path).includes('\\') ? ` — paths in YAML use "/", on Windows too: "${String(a.path).replace(/\\/g, '/')}"` : ''}`,
  },
  'report-outline-and-sections': {
    vi: () => 'Báo cáo hoặc trả lời một đề cương (outline, answers), hoặc tự đặt các mục (sections), không dùng cả hai',
    en: () => 'A report either answers an outline (outline, answers) or has its own sections (sections), not both',
  },
  'merge-own-sections': {
    vi: () => 'Báo cáo này không theo đề cương (sections) nên không tổng hợp được với các báo cáo khác; report merge chỉ nhận báo cáo trả lời cùng một đề cương',
    en: () => 'This report follows no outline (sections), so it cannot be merged; report merge takes reports that answer one outline',
  },
  'report-without-body': {
    vi: () => 'Báo cáo chưa có nội dung: ghi đề cương mà báo cáo trả lời (outline, agency, answers), hoặc các mục của báo cáo (sections)',
    en: () => 'The report has no body: name the outline it answers (outline, agency, answers), or give its sections (sections)',
  },
  'unknown-node': {
    vi: (a) => `Đề cương không có mục "${a.id}"${a.hint ? `; có phải "${a.hint}"?` : ''}`,
    en: (a) => `The outline has no node "${a.id}"${a.hint ? `; did you mean "${a.hint}"?` : ''}`,
  },
  'unknown-table': {
    vi: (a) => `Mục "${a.node}" của đề cương không có biểu "${a.id}"`,
    en: (a) => `Outline node "${a.node}" has no table "${a.id}"`,
  },
  'unknown-metric': {
    vi: (a) => `Biểu "${a.table}" không có chỉ tiêu "${a.id}" (sai cấu trúc biểu); có: ${a.known}`,
    en: (a) => `Table "${a.table}" has no metric "${a.id}" (wrong shape); it has: ${a.known}`,
  },
  'unknown-list': {
    vi: (a) => `Mục "${a.node}" của đề cương không có danh sách "${a.id}"`,
    en: (a) => `Outline node "${a.node}" has no list "${a.id}"`,
  },
  'year-outside-window': {
    vi: (a) => `Năm ${a.year} nằm ngoài giai đoạn báo cáo (${a.years})`,
    en: (a) => `Year ${a.year} is outside the reporting period (${a.years})`,
  },
  'list-shape': {
    vi: (a) => `Dòng có ${a.got} ô nhưng danh sách "${a.id}" có ${a.want} cột (${a.columns})`,
    en: (a) => `Row has ${a.got} cells but list "${a.id}" has ${a.want} columns (${a.columns})`,
  },
  'unknown-target': {
    vi: (a) => `Kế hoạch không có chỉ tiêu "${a.id}"`,
    en: (a) => `The plan has no target "${a.id}"`,
  },
  'empty-node': {
    vi: (a) => `Mục ${a.number} "${a.title}" chưa có nội dung`,
    en: (a) => `Node ${a.number} "${a.title}" has no content yet`,
  },
  'table-gap': {
    vi: (a) => `Biểu "${a.table}", chỉ tiêu "${a.metric}": còn trống ${a.missing}`,
    en: (a) => `Table "${a.table}", metric "${a.metric}": missing ${a.missing}`,
  },
  'breakdown-mismatch': {
    vi: (a) => `Số liệu chi tiết không khớp tổng: ${a.detail}`,
    en: (a) => `Breakdown disagrees with its total: ${a.detail}`,
  },
  'agency-not-group': {
    vi: (a) => `Cơ quan "${a.id}" trong danh sách thành viên của nhóm phải là một cơ quan, không phải một nhóm`,
    en: (a) => `Member "${a.id}" of a group must be an agency, not a group`,
  },
  'text-not-nfc': {
    vi: () => 'Văn bản không ở dạng Unicode dựng sẵn (NFC): dấu tiếng Việt gõ tách rời chữ (thường do dán từ trang web hay PDF) — vanban lint --fix sửa',
    en: () => 'Text is not in Unicode NFC: Vietnamese marks typed apart from their letters (often pasted from a web page or PDF) — vanban lint --fix fixes it',
  },
  'date-not-iso': {
    vi: (a) => `Ngày "${a.value}" cần viết dạng năm-tháng-ngày: ${a.iso} (vanban lint --fix sửa)`,
    en: (a) => `Date "${a.value}" must be written year-month-day: ${a.iso} (vanban lint --fix fixes it)`,
  },
  'double-space': {
    vi: () => 'Hai dấu cách liền nhau giữa các chữ (--fix sửa)',
    en: () => 'Two spaces in a row between words (--fix fixes it)',
  },
  'space-before-punctuation': {
    vi: () => 'Dấu cách trước dấu câu (, ; . )) — bỏ dấu cách (--fix sửa)',
    en: () => 'A space before punctuation (, ; . )) — remove it (--fix fixes it)',
  },
  'no-space-after-punctuation': {
    vi: (a) => `Thiếu dấu cách sau dấu "${a.mark}" (--fix sửa)`,
    en: (a) => `No space after "${a.mark}" (--fix fixes it)`,
  },
  'straight-quotes': {
    vi: (a) => `Ngoặc kép thẳng quanh "${a.text}": văn bản hành chính dùng “ ” (--fix sửa)`,
    en: (a) => `Straight quotes around "${a.text}": official documents use “ ” (--fix fixes it)`,
  },
  'flow-item-split': {
    vi: (a) => `Trong [ … ], dấu phẩy tách "${a.first}" và "${a.second}" thành hai mục; nếu là một tên ("${a.first}, ${a.second}"), viết trong ngoặc kép hoặc mỗi mục một dòng "- "`,
    en: (a) => `In [ … ] the comma splits "${a.first}" and "${a.second}" into two items; if it is one name, quote it or write one "- " item a line`,
  },
  'percent-over-100': {
    vi: (a) => `Chỉ tiêu ${a.value} % vượt 100 % — kiểm tra lại số`,
    en: (a) => `Target ${a.value} % is above 100 % — check the number`,
  },
  'number-unpadded': {
    vi: (a) => `Số "${a.value}" nhỏ hơn 10 phải có số 0 phía trước: "${a.suggestion}" (--fix sửa) [${a.clause}]`,
    en: (a) => `Number "${a.value}" is below 10 and needs a leading 0: "${a.suggestion}" (--fix fixes it) [${a.clause}]`,
  },
  'ky-hieu-spacing': {
    vi: (a) => `Ký hiệu "${a.value}" có dấu cách hoặc gạch dài giữa các nhóm chữ; viết "${a.suggestion}" (--fix sửa) [${a.clause}]`,
    en: (a) => `Ký hiệu "${a.value}" has spaces or a dash between its groups; write "${a.suggestion}" (--fix fixes it) [${a.clause}]`,
  },
  'issuer-code-mismatch': {
    vi: (a) => `Ký hiệu cơ quan "${a.value}" không khớp chữ viết tắt của "${a.issuer}" (chữ đầu các từ: ${a.initials}) — kiểm tra lại [${a.clause}]`,
    en: (a) => `Issuer code "${a.value}" does not match the initials of "${a.issuer}" (${a.initials}) — check it [${a.clause}]`,
  },
  'basis-punctuation': {
    vi: (a) => `Căn cứ kết thúc bằng "${a.end}"; căn cứ này phải kết thúc bằng "${a.expected}" [${a.clause}]`,
    en: (a) => `This căn cứ ends with "${a.end}"; it must end with "${a.expected}" [${a.clause}]`,
  },
  'archive-not-vt': {
    vi: (a) => `Dòng "Lưu" bắt đầu bằng "${a.value}"; văn thư (VT) đứng đầu: "Lưu: VT, …" [${a.clause}]`,
    en: (a) => `The "Lưu" line starts with "${a.value}"; the records office (VT) comes first: "Lưu: VT, …" [${a.clause}]`,
  },
  'archive-in-recipients': {
    vi: (a) => `"${a.value}" nằm trong danh sách nơi nhận; ghi nơi lưu ở trường archive (vanban in "Lưu: VT, …" ở cuối) [${a.clause}]`,
    en: (a) => `"${a.value}" is among the recipients; put it in the archive field (vanban prints "Lưu: VT, …" last) [${a.clause}]`,
  },
  'agency-unused': {
    vi: (a) => `Cơ quan "${a.id}" (${a.name}) có trong danh mục nhưng không văn bản nào nêu tên (kể cả qua nhóm): xóa, hoặc giao việc cho cơ quan này`,
    en: (a) => `Agency "${a.id}" (${a.name}) is in the registry but no document names it (nor a group it belongs to): remove it or give it a task`,
  },
  'deadline-unreadable': {
    vi: (a) => `Không đọc được thời hạn "${a.value}"; viết theo một trong các dạng: ${a.forms}`,
    en: (a) => `Cannot read the deadline "${a.value}"; write one of: ${a.forms}`,
  },
  'subplan-unassigned': {
    vi: (a) => `"${a.id}" giao việc cho ${a.agency} trong lời văn nhưng không ghi lead/support: kế hoạch con không nhận được việc này`,
    en: (a) => `"${a.id}" gives ${a.agency} work in its words but names it in no lead/support: the sub-plan does not get this task`,
  },
  'parent-is-group': {
    vi: (a) => `Cơ quan chủ quản "${a.id}" phải là một cơ quan, không phải một nhóm`,
    en: (a) => `Parent body "${a.id}" must be an agency, not a group`,
  },
};

function typeVi(t: string): string {
  const map: Record<string, string> = {
    string: 'chuỗi ký tự', number: 'số', integer: 'số nguyên', boolean: 'true/false',
    array: 'danh sách', object: 'khối khóa–giá trị', null: 'giá trị rỗng',
  };
  return t.split(',').map((x) => map[x] ?? x).join(' hoặc ');
}

export function messageFor(code: string, args: Args, lang: Lang): string {
  const m = MESSAGES[code];
  if (!m) return code;
  return m[lang](args);
}
